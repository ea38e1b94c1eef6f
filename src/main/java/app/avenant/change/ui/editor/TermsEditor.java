package app.avenant.change.ui.editor;

import app.avenant.contract.terms.ChangeKind;
import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.FieldChange;
import app.avenant.contract.terms.InvalidTermsException;
import app.avenant.contract.terms.ItemChange;
import app.avenant.contract.terms.Objective;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsDiff;
import app.avenant.contract.terms.TermsSection;
import app.avenant.shared.ui.TextLimit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Edits a proposed copy of the terms with the parts of the contract workspace: contract, objectives, scope,
 * volumes, service levels. Numbers are typed as text and read by the portal's one number rule ("1 540,50",
 * "1540.5"; "1.040" is refused with a suggestion); a number that cannot be read, and every rule of
 * {@link Terms} that the values break, is shown next to its field and listed, with a link to it, in a
 * summary at the top. Nothing is ever thrown at the person typing.
 */
public class TermsEditor extends Composite<Div> {

    private static final String HEADER_KEY = "header";

    private final EditorContext ctx;
    private final Div summary = new Div();
    private final Div headerBox = new Div();
    private final Map<TermsSection, Details> sections = new EnumMap<>(TermsSection.class);
    private final Set<String> changed = new HashSet<>();
    private final Map<TermsSection, List<ItemChange>> removed = new EnumMap<>(TermsSection.class);
    private boolean onlyChanges;
    final HeaderSection header;
    final ObjectivesSection objectives;
    final ScopeSection scope;
    final ServiceLevelsSection serviceLevels;

    public TermsEditor(Terms initial) {
        this(initial, ScopeFiles.NONE);
    }

    /** @param files where documents attached to scope items are kept and downloaded from */
    public TermsEditor(Terms initial, ScopeFiles files) {
        ctx = new EditorContext(this, getLocale(), this::showSummary);
        ctx.useScopeFiles(files);
        header = new HeaderSection(initial.header(), ctx);
        objectives = new ObjectivesSection(initial.objectives(), ctx);
        scope = new ScopeSection(initial.scopeItems(), ctx);
        serviceLevels = new ServiceLevelsSection(initial.serviceLevels(), scope::measurableItems, ctx);

        summary.addClassName("av-editor-summary");
        summary.setVisible(false);
        summary.getElement().setAttribute("role", "alert");
        headerBox.add(header);
        sections.put(TermsSection.HEADER, section("terms.section.HEADER", headerBox));
        sections.put(TermsSection.OBJECTIVES, section("terms.section.OBJECTIVES", objectives));
        sections.put(TermsSection.SCOPE, section("terms.section.SCOPE", scope));
        sections.put(TermsSection.VOLUMES, section("terms.section.VOLUMES", volumesPart()));
        sections.put(TermsSection.SERVICE_LEVELS, section("terms.section.SERVICE_LEVELS", serviceLevels));
        Div root = getContent();
        root.addClassName("av-terms-editor");
        root.add(summary);
        sections.values().forEach(root::add);
    }

    /** The editor's parts of each section's items, by key: where the marks go and what the filter hides. */
    private Map<TermsSection, Map<String, Component>> cards() {
        Map<TermsSection, Map<String, Component>> cards = new EnumMap<>(TermsSection.class);
        cards.put(TermsSection.HEADER, Map.of(HEADER_KEY, headerBox));
        cards.put(TermsSection.OBJECTIVES, keyed(objectives.objectives, r -> r.key));
        cards.put(TermsSection.SCOPE, keyed(scope.items, r -> r.key));
        cards.put(TermsSection.VOLUMES, keyedVolumes());
        cards.put(TermsSection.SERVICE_LEVELS, keyed(serviceLevels.levels, r -> r.key));
        return cards;
    }

    private static <T extends Component> Map<String, Component> keyed(
            List<T> rows, Function<T, @Nullable String> keyOf) {
        Map<String, Component> byKey = new LinkedHashMap<>();
        for (T row : rows) {
            String key = keyOf.apply(row);
            // an item added in this editor has no key yet: it is a change by itself
            byKey.put(key == null ? "new:" + System.identityHashCode(row) : key, row);
        }
        return byKey;
    }

    private Map<String, Component> keyedVolumes() {
        Map<String, Component> byKey = new LinkedHashMap<>();
        for (ScopeSection.Item item : scope.items) {
            byKey.put(item.key == null ? "new:" + System.identityHashCode(item) : item.key, item.volume);
        }
        return byKey;
    }

    /** As {@link #markChanges(TermsDiff, ChangeMarks.Proposers)} with one proposer for every difference. */
    public void markChanges(TermsDiff fromInForce, String proposedBy) {
        ChangeMarks.Proposer proposer = new ChangeMarks.Proposer(proposedBy);
        markChanges(fromInForce, (item, field) -> proposer);
    }

    /**
     * Marks each item that differs from the version in force (docs/decisions/0028) and each of its fields that
     * differs (docs/decisions/0031): what changes, the value in force struck through, the proposed one, and who
     * proposed each; remembered for {@link #showOnlyChanges}.
     */
    void markChanges(TermsDiff fromInForce, ChangeMarks.Proposers proposers) {
        Map<TermsSection, Map<String, Component>> cards = cards();
        changed.clear();
        for (ItemChange change : fromInForce.changes()) {
            Component card = cards.getOrDefault(change.section(), Map.of()).get(change.key());
            if (card == null) {
                removed.computeIfAbsent(change.section(), s -> new ArrayList<>())
                        .add(change);
                continue;
            }
            changed.add(change.section() + ":" + change.key());
            card.getElement().getClassList().add(ChangeMarks.CHANGED);
            card.getElement()
                    .insertChild(0, ChangeMarks.mark(this, change, proposers).getElement());
            if (change.kind() == ChangeKind.CHANGED) {
                for (FieldChange field : change.fields()) {
                    Component input = field(change.section(), card, field);
                    if (input != null) {
                        ChangeMarks.markField(this, input, field, proposers.of(change, field));
                    }
                }
            }
        }
        removed.forEach((section, changes) -> {
            Div box = new Div();
            changes.forEach(change -> box.add(ChangeMarks.mark(this, change, proposers)));
            box.addClassName("av-removed-items");
            sections.get(section).add(box);
        });
    }

    /** The input of one changed field on the item's part, or null when it has none of its own. */
    private @Nullable Component field(TermsSection section, Component card, FieldChange field) {
        return switch (section) {
            case HEADER -> header.field(field.field());
            case OBJECTIVES -> card instanceof ObjectivesSection.Row row ? row.field(field.field()) : null;
            case SCOPE -> card instanceof ScopeSection.Item item ? item.field(field.field()) : null;
            case VOLUMES -> card instanceof VolumeEditor volume ? volume.field(field.field(), field.detail()) : null;
            case SERVICE_LEVELS -> card instanceof ServiceLevelsSection.Row row ? row.field(field.field()) : null;
        };
    }

    /**
     * "Seulement les modifications": hides the items and sections that the proposal leaves as in force; new
     * items are changes by themselves.
     */
    public void showOnlyChanges(boolean only) {
        showOnlyChanges(only, null);
    }

    /**
     * As {@link #showOnlyChanges(boolean)}, counting also what was typed and not saved yet ({@code typed}: the terms
     * as typed against the version in force; null when they cannot be read): an unsaved edit is a change too.
     */
    public void showOnlyChanges(boolean only, @Nullable TermsDiff typed) {
        onlyChanges = only;
        Set<String> changes = new HashSet<>(changed);
        if (typed != null) {
            typed.changes().forEach(change -> changes.add(change.section() + ":" + change.key()));
        }
        cards().forEach((section, byKey) -> {
            boolean any = removed.containsKey(section);
            for (Map.Entry<String, Component> card : byKey.entrySet()) {
                boolean isChange = card.getKey().startsWith("new:") || changes.contains(section + ":" + card.getKey());
                card.getValue().setVisible(!only || isChange);
                any |= isChange;
            }
            sections.get(section).setVisible(!only || any);
        });
    }

    public boolean onlyChanges() {
        return onlyChanges;
    }

    /**
     * Opens on one element (from "Proposer une modification" on the contract's screens): {@code HEADER}, or a
     * section and an item key such as {@code VOLUMES:saisie-factures}. The element is highlighted and scrolled
     * to; an unknown element is ignored.
     */
    public boolean focusOn(String focus) {
        int colon = focus.indexOf(':');
        TermsSection section;
        try {
            section = TermsSection.valueOf(colon < 0 ? focus : focus.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return false;
        }
        String rest = colon < 0 ? HEADER_KEY : focus.substring(colon + 1);
        // "VOLUMES:<item>:band:<first unit>" opens on one band of the item (its « Proposer une modification »)
        int band = rest.indexOf(BAND);
        String key = band < 0 ? rest : rest.substring(0, band);
        Component card = section == TermsSection.HEADER
                ? headerBox
                : cards().getOrDefault(section, Map.of()).get(key);
        if (card == null) {
            return false;
        }
        card.getElement().getClassList().add("av-focused");
        card.setVisible(true);
        Details details = sections.get(section);
        details.setVisible(true);
        details.setOpened(true);
        if (band >= 0
                && card instanceof VolumeEditor volume
                && volume.focusBand(rest.substring(band + BAND.length()))) {
            return true;
        }
        card.scrollIntoView();
        return true;
    }

    /** Between an item's key and a band's first unit in a focus. */
    public static final String BAND = ":band:";

    /** Runs once, at the first edit (or at once when already edited). */
    public void onFirstEdit(Runnable action) {
        if (ctx.dirty()) {
            action.run();
        } else {
            ctx.onFirstEdit(action);
        }
    }

    /** Runs at every edit (the page keeps a draft of the edits, docs/decisions/0030). */
    public void onEdit(Runnable action) {
        ctx.onEdit(action);
    }

    /**
     * The terms as typed, read without showing anything (no field marked, no summary); empty when a number cannot
     * be read or a rule is broken. What a draft keeps.
     */
    public Optional<Terms> currentValue() {
        return ctx.quietly(this::validatedValue);
    }

    /** Counts as edited from now on (the terms were laid on the version in force, or conflicts were settled). */
    void markDirty() {
        ctx.markDirty();
    }

    private Component volumesPart() {
        Paragraph intro = new Paragraph(getTranslation("changeeditor.volume.intro"));
        intro.addClassName("av-hint");
        return new Div(intro, scope.volumes());
    }

    private Details section(String titleKey, Component content) {
        Details details = new Details(getTranslation(titleKey), content);
        details.setOpened(true);
        details.setWidthFull();
        return details;
    }

    /**
     * The terms as typed, or empty when a number cannot be read or a rule is broken. Both are found in one
     * round: the terms are checked even when a number could not be read (that field then counts as empty, and
     * its own message is the one shown). Each problem is shown next to its field and listed in the summary at
     * the top, which links to the field (docs/decisions/0022).
     */
    public Optional<Terms> validatedValue() {
        ctx.startRound();
        ContractHeader builtHeader = header.build(ctx);
        List<Objective> builtObjectives = objectives.build(new HashSet<>());
        List<ScopeItem> builtScope = scope.build(new HashSet<>());
        List<ServiceLevel> builtLevels = serviceLevels.build(new HashSet<>());
        try {
            Terms terms = new Terms(builtHeader, builtObjectives, builtScope, builtLevels);
            if (!ctx.unreadable()) {
                return Optional.of(terms);
            }
            ctx.publish();
        } catch (InvalidTermsException e) {
            ctx.show(e.violations());
        }
        return Optional.empty();
    }

    /**
     * Shows an error of a field outside the editor (the revision's note) next to it and in the summary, with
     * those of the last {@link #validatedValue()}.
     */
    public void showError(HasValidation field, String message) {
        ctx.showOutside(field, message);
    }

    /** A text over its limit outside the editor: shown like {@link #showError}; true when it was. */
    public boolean checkLength(TextFieldBase<?, String> field, int max) {
        if (!TextLimit.tooLong(field, max)) {
            return false;
        }
        showError(field, TextLimit.message(field, max));
        return true;
    }

    /** True once anything was edited, added or removed (even if edited back). */
    public boolean hasChanges() {
        return ctx.dirty();
    }

    /** The general message, then one line per problem: a link to its field when it has one. */
    private void showSummary(List<EditorContext.SummaryLine> lines) {
        summary.removeAll();
        if (lines.isEmpty()) {
            summary.setVisible(false);
            return;
        }
        Paragraph title = new Paragraph(getTranslation("changeeditor.error.fields"));
        title.addClassName("av-error");
        UnorderedList list = new UnorderedList();
        list.addClassName("av-editor-summary-list");
        for (EditorContext.SummaryLine line : lines) {
            Component target = line.target();
            if (target == null) {
                list.add(new ListItem(line.text()));
                continue;
            }
            Button link = new Button(line.text(), e -> goTo(target));
            link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            link.addClassNames("av-summary-link", "av-wrap");
            list.add(new ListItem(link));
        }
        summary.add(title, list);
        summary.setVisible(true);
    }

    /** Opens the part that holds the field, scrolls to it and puts the cursor in it. */
    private static void goTo(Component target) {
        for (Component c = target; c != null; c = c.getParent().orElse(null)) {
            if (c instanceof Details details) {
                details.setOpened(true);
            }
        }
        target.scrollIntoView();
        if (target instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
