package app.avenant.change.ui.editor;

import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.InvalidTermsException;
import app.avenant.contract.terms.Objective;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.Terms;
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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Edits a proposed copy of the terms with the parts of the contract workspace: contract, objectives, scope,
 * volumes, service levels. Numbers are typed as text and read by the portal's one number rule ("1 540,50",
 * "1540.5"; "1.040" is refused with a suggestion); a number that cannot be read, and every rule of
 * {@link Terms} that the values break, is shown next to its field and listed, with a link to it, in a
 * summary at the top. Nothing is ever thrown at the person typing.
 */
public class TermsEditor extends Composite<Div> {

    private final EditorContext ctx;
    private final Div summary = new Div();
    final HeaderSection header;
    final ObjectivesSection objectives;
    final ScopeSection scope;
    final ServiceLevelsSection serviceLevels;

    public TermsEditor(Terms initial) {
        ctx = new EditorContext(this, getLocale(), this::showSummary);
        header = new HeaderSection(initial.header(), ctx);
        objectives = new ObjectivesSection(initial.objectives(), ctx);
        scope = new ScopeSection(initial.scopeItems(), ctx);
        serviceLevels = new ServiceLevelsSection(initial.serviceLevels(), ctx);

        summary.addClassName("av-editor-summary");
        summary.setVisible(false);
        summary.getElement().setAttribute("role", "alert");
        Div root = getContent();
        root.addClassName("av-terms-editor");
        root.add(summary,
                section("terms.section.HEADER", header),
                section("terms.section.OBJECTIVES", objectives),
                section("terms.section.SCOPE", scope),
                section("terms.section.VOLUMES", volumesPart()),
                section("terms.section.SERVICE_LEVELS", serviceLevels));
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
