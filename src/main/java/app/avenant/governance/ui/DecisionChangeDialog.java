package app.avenant.governance.ui;

import app.avenant.change.ChangeRuleException;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.governance.GovernanceRuleException;
import app.avenant.governance.ReviewDecisions;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Ouvrir une demande de modification" from a decision: the decision (picked among the lines of the minutes'
 * decisions, or typed) becomes the draft's title; the objective it serves is required.
 */
class DecisionChangeDialog extends Dialog {

    final Select<String> line = new Select<>();
    final TextField decision = new TextField();
    final Select<ObjectiveKind> objective = new Select<>();
    final Button create = new Button();

    DecisionChangeDialog(ReviewDecisions decisions, UUID reviewId, List<String> lines, Consumer<UUID> opened) {
        setHeaderTitle(getTranslation("governance.pack.decision.dialog.title"));
        addClassName("av-pack-decision-dialog");

        line.setLabel(getTranslation("governance.pack.decision.line"));
        line.setItems(lines);
        line.setVisible(lines.size() > 1);
        line.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                decision.setValue(e.getValue());
            }
        });

        decision.setLabel(getTranslation("governance.pack.decision.text"));
        decision.setHelperText(getTranslation("governance.pack.decision.text.hint"));
        decision.setMaxLength(ReviewDecisions.DECISION_MAX_LENGTH);
        decision.setRequiredIndicatorVisible(true);
        decision.setValueChangeMode(ValueChangeMode.EAGER);
        decision.setWidthFull();
        if (!lines.isEmpty()) {
            line.setValue(lines.getFirst());
            decision.setValue(lines.getFirst());
        }

        objective.setLabel(getTranslation("governance.pack.decision.objective"));
        objective.setItems(ObjectiveKind.values());
        objective.setItemLabelGenerator(kind -> getTranslation("terms.objectiveKind." + kind.name()));
        objective.setRequiredIndicatorVisible(true);

        FormLayout form = new FormLayout(line, decision, objective);
        form.setColspan(line, 2);
        form.setColspan(decision, 2);
        add(new Paragraph(getTranslation("governance.pack.decision.dialog.intro")), form);

        create.setText(getTranslation("governance.pack.decision.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> create(decisions, reviewId, opened));
        getFooter().add(new Button(getTranslation("shared.cancel"), e -> close()), create);
    }

    private void create(ReviewDecisions decisions, UUID reviewId, Consumer<UUID> opened) {
        decision.setInvalid(false);
        objective.setInvalid(false);
        ObjectiveKind serves = objective.getValue();
        if (serves == null) {
            objective.setErrorMessage(getTranslation("governance.pack.error.objective.required"));
            objective.setInvalid(true);
            return;
        }
        try {
            UUID id = decisions.openChangeRequest(reviewId, decision.getValue(), serves);
            close();
            Notification.show(getTranslation("governance.pack.decision.created"))
                    .addThemeVariants(NotificationVariant.SUCCESS);
            opened.accept(id);
        } catch (GovernanceRuleException e) {
            showOnDecision(getTranslation(e.messageKey()));
        } catch (ChangeRuleException e) {
            showOnDecision(getTranslation(e.messageKey(), e.args().toArray()));
        } catch (AccessDeniedException | ContractNotFoundException e) {
            Notification.show(getTranslation("governance.error.denied")).addThemeVariants(NotificationVariant.ERROR);
            close();
        }
    }

    private void showOnDecision(String message) {
        decision.setErrorMessage(message);
        decision.setInvalid(true);
    }
}
