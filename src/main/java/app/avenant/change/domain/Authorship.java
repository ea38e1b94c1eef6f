package app.avenant.change.domain;

import app.avenant.contract.terms.FieldChange;
import app.avenant.contract.terms.ItemChange;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsDiff;
import app.avenant.contract.terms.TermsSection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who proposed what in one request: the fields its acceptance changed (the version it produced against the one
 * before), each credited to the revision that gave the field its final value, the way
 * {@code ChangeRequestService.compareRevisions} marks who made each change between two revisions. A field the
 * request's revisions moved only because the version in force moved under them (a rebase, a conflict settled
 * by taking the value in force) is not the request's: its acceptance left that field as it was.
 */
public final class Authorship {

    /** One changed field and the revision whose author proposed its value last. */
    public record Touch(ItemChange item, FieldChange field, Revision by) {}

    private Authorship() {}

    /**
     * @param revisions one request's revisions, in order
     * @param before    the terms in force when the request was accepted (the version before the one it produced)
     * @param after     the terms its acceptance adopted (the version it produced)
     */
    public static List<Touch> of(List<Revision> revisions, Terms before, Terms after) {
        if (revisions.isEmpty()) {
            return List.of();
        }
        Revision last = revisions.getLast();
        Map<Key, Revision> lastTouch = new HashMap<>();
        for (int i = 1; i < revisions.size(); i++) {
            Revision current = revisions.get(i);
            for (ItemChange item : TermsDiff.between(revisions.get(i - 1).proposed(), current.proposed())
                    .changes()) {
                for (FieldChange field : item.fields()) {
                    lastTouch.put(Key.of(item, field), current);
                }
            }
        }
        List<Touch> touches = new ArrayList<>();
        for (ItemChange item : TermsDiff.between(before, after).changes()) {
            for (FieldChange field : item.fields()) {
                touches.add(new Touch(item, field, lastTouch.getOrDefault(Key.of(item, field), last)));
            }
        }
        return touches;
    }

    private record Key(
            TermsSection section,
            String itemKey,
            String field,
            @Nullable String detail) {

        static Key of(ItemChange item, FieldChange field) {
            return new Key(item.section(), item.key(), field.field(), field.detail());
        }
    }
}
