package app.avenant.change.ui.editor;

import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.InvalidTermsException;
import app.avenant.contract.terms.Objective;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.Terms;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Edits a proposed copy of the terms with the parts of the contract workspace: contract, objectives, scope,
 * volumes, service levels. Numbers are typed as text and read leniently ("1 540,50", "1540.5"); a number
 * that cannot be read, and every rule of {@link Terms} that the values break, is shown next to its field,
 * the rest in a summary at the top. Nothing is ever thrown at the person typing.
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
     * The terms as typed, or empty when a number cannot be read or a rule is broken: each problem is then shown
     * next to its field (or in the summary at the top when it has none).
     */
    public Optional<Terms> validatedValue() {
        ctx.startRound();
        ContractHeader builtHeader = header.build(ctx);
        List<Objective> builtObjectives = objectives.build(new HashSet<>());
        List<ScopeItem> builtScope = scope.build(new HashSet<>());
        List<ServiceLevel> builtLevels = serviceLevels.build(new HashSet<>());
        if (ctx.unreadable()) {
            ctx.showInSummary(getTranslation("changeeditor.error.fields"));
            return Optional.empty();
        }
        try {
            return Optional.of(new Terms(builtHeader, builtObjectives, builtScope, builtLevels));
        } catch (InvalidTermsException e) {
            ctx.show(e.violations());
            ctx.showInSummary(getTranslation("changeeditor.error.fields"));
            return Optional.empty();
        }
    }

    /** True once anything was edited, added or removed (even if edited back). */
    public boolean hasChanges() {
        return ctx.dirty();
    }

    private void showSummary(List<String> messages) {
        summary.removeAll();
        if (messages.isEmpty()) {
            summary.setVisible(false);
            return;
        }
        List<String> lines = new ArrayList<>(messages);
        String general = getTranslation("changeeditor.error.fields");
        lines.remove(general);
        Paragraph title = new Paragraph(general);
        title.addClassName("av-error");
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        summary.add(title);
        if (!lines.isEmpty()) {
            summary.add(list);
        }
        summary.setVisible(true);
    }
}
