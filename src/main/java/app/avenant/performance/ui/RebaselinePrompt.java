package app.avenant.performance.ui;

import app.avenant.change.ChangeRuleException;
import app.avenant.change.ui.ChangeNavigation;
import app.avenant.contract.ContractRuleException;
import app.avenant.performance.RebaselineSuggestion;
import app.avenant.performance.Rebaselining;
import app.avenant.performance.StatementRuleException;
import app.avenant.shared.ui.Clicks;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The re-baselining prompt (mistake n°6, a frozen contract): a scope item outside its flex range three months in
 * a row gets a box proposing a new baseline; an editor turns it into a draft change request and lands on it.
 */
class RebaselinePrompt extends Composite<Section> {

    RebaselinePrompt(
            UUID contractId,
            List<RebaselineSuggestion> suggestions,
            boolean canEdit,
            Rebaselining rebaselining,
            boolean showEmptyState) {
        Section root = getContent();
        root.addClassNames("av-statement-section", "av-rebaseline");
        root.add(new H3(getTranslation("performance.statementui.rebaseline.title")));
        if (suggestions.isEmpty()) {
            if (showEmptyState) {
                Paragraph empty = new Paragraph(getTranslation("performance.statementui.rebaseline.empty"));
                empty.addClassName("av-empty");
                root.add(empty);
            } else {
                root.setVisible(false);
            }
            return;
        }
        for (RebaselineSuggestion suggestion : suggestions) {
            root.add(box(contractId, suggestion, canEdit, rebaselining));
        }
    }

    private Div box(UUID contractId, RebaselineSuggestion suggestion, boolean canEdit, Rebaselining rebaselining) {
        Icon icon = VaadinIcon.CHART_LINE.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        String units = suggestion.units().stream()
                .map(u -> StatementTexts.units(this, u))
                .collect(Collectors.joining(", "));
        Span text = new Span(getTranslation(
                "performance.statementui.rebaseline.text",
                suggestion.title(),
                String.valueOf(suggestion.months().size()),
                units,
                StatementTexts.units(this, suggestion.suggestedBaseline())));
        Span current = new Span(getTranslation(
                "performance.statementui.rebaseline.current",
                StatementTexts.units(this, suggestion.currentBaseline())));
        current.addClassName("av-hint");
        Div box = new Div(icon, new Div(text, new Div(current)));
        box.addClassNames("av-alert", "av-alert--warning", "av-rebaseline-box");
        box.getElement().setAttribute("role", "status");
        if (canEdit) {
            Paragraph error = new Paragraph();
            error.addClassName("av-field-error");
            error.getElement().setAttribute("role", "alert");
            error.setVisible(false);
            Button propose = new Button(getTranslation("performance.statementui.rebaseline.propose"));
            propose.addClassName("av-rebaseline-propose");
            propose.setId("rebaseline-" + suggestion.scopeItemKey());
            propose.setDisableOnClick(true);
            Clicks.on(propose, () -> {
                try {
                    UUID changeRequest = rebaselining.draftRebaseline(contractId, suggestion.scopeItemKey());
                    ChangeNavigation.toRequest(changeRequest);
                } catch (StatementRuleException ex) {
                    fail(error, propose, getTranslation(ex.code()));
                } catch (ContractRuleException ex) {
                    fail(error, propose, getTranslation(ex.messageKey()));
                } catch (ChangeRuleException ex) {
                    fail(
                            error,
                            propose,
                            getTranslation(ex.messageKey(), ex.args().toArray()));
                }
            });
            box.add(new Div(propose, error));
        }
        return box;
    }

    private static void fail(Paragraph error, Button propose, String message) {
        error.setText(message);
        error.setVisible(true);
        propose.setEnabled(true);
    }
}
