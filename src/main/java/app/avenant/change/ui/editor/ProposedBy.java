package app.avenant.change.ui.editor;

import app.avenant.change.AttributedChange;
import app.avenant.change.ChangeRequestDetail;
import app.avenant.change.RevisionComparison;
import app.avenant.change.RevisionView;
import app.avenant.contract.terms.ChangeKind;
import app.avenant.contract.terms.FieldChange;
import app.avenant.contract.terms.ItemChange;
import app.avenant.contract.terms.TermsDiff;
import app.avenant.contract.terms.TermsSection;
import com.vaadin.flow.component.Component;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who proposed each difference the editor marks (docs/decisions/0031): the author of the revision that gave a
 * field its value, read from the request's own revisions (its first one copies the terms it started from), and
 * named with their side, "Léa Bernard (Prestataire)". A difference no revision of the request made (the version
 * in force moved since) is credited to the latest revision, which carries it. A value the person at the editor
 * typed and has not saved (carried onto a newer revision, restored from their draft) is theirs and unsaved: no
 * revision proposed it, and crediting it to the latest revision's author named the other side for it.
 */
final class ProposedBy implements ChangeMarks.Proposers {

    private record Field(
            TermsSection section,
            String key,
            String field,
            @Nullable String detail) {}

    private record Item(TermsSection section, String key) {}

    private final Component host;
    private final Map<Integer, RevisionView> revisions = new HashMap<>();
    private final RevisionView latest;
    private final Map<Field, Integer> byField = new HashMap<>();
    private final Map<Item, Integer> byItem = new HashMap<>();
    private final Set<Field> unsavedFields = new HashSet<>();
    private final Set<Item> unsavedItems = new HashSet<>();

    /**
     * @param fromFirst {@code compareRevisions(request, 1, latest)}
     * @param unsaved   what the person typed and has not saved: the terms shown against those the editor
     *                  would show without their edits
     */
    ProposedBy(Component host, ChangeRequestDetail request, RevisionComparison fromFirst, TermsDiff unsaved) {
        this.host = host;
        for (ItemChange item : unsaved.changes()) {
            unsavedItems.add(new Item(item.section(), item.key()));
            item.fields()
                    .forEach(field ->
                            unsavedFields.add(new Field(item.section(), item.key(), field.field(), field.detail())));
        }
        this.latest = request.latest();
        request.revisions().forEach(r -> revisions.put(r.number(), r));
        for (AttributedChange change : fromFirst.changes()) {
            ItemChange item = change.item();
            FieldChange field = change.field();
            byField.put(new Field(item.section(), item.key(), field.field(), field.detail()), change.revision());
            byItem.merge(new Item(item.section(), item.key()), change.revision(), Math::max);
        }
    }

    @Override
    public ChangeMarks.Proposer of(ItemChange item, @Nullable FieldChange field) {
        if (isUnsaved(item, field)) {
            return ChangeMarks.Proposer.unsaved();
        }
        Integer number = field == null
                ? byItem.get(new Item(item.section(), item.key()))
                : byField.get(new Field(item.section(), item.key(), field.field(), field.detail()));
        RevisionView by = Objects.requireNonNullElse(number == null ? null : revisions.get(number), latest);
        return new ChangeMarks.Proposer(host.getTranslation(
                "changeeditor.mark.by",
                by.authorName(),
                host.getTranslation("contract.side." + by.side().name())));
    }

    /** A field typed and not saved; an item whose every difference is (or that was added or removed so). */
    private boolean isUnsaved(ItemChange item, @Nullable FieldChange field) {
        if (field != null) {
            return unsavedFields.contains(new Field(item.section(), item.key(), field.field(), field.detail()));
        }
        if (item.kind() == ChangeKind.CHANGED && !item.fields().isEmpty()) {
            return item.fields().stream().allMatch(f -> isUnsaved(item, f));
        }
        return unsavedItems.contains(new Item(item.section(), item.key()));
    }
}
