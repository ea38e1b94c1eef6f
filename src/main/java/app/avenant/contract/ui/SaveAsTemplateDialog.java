package app.avenant.contract.ui;

import app.avenant.contract.Activity;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRuleException;
import app.avenant.contract.ContractTemplates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/** « Enregistrer comme modèle »: the terms in force become a template of the PME, to start its next contract from. */
class SaveAsTemplateDialog extends Dialog {

    private final ContractTemplates templates;
    private final UUID contractId;
    final TextField name = new TextField();
    final Select<Activity> activity = new Select<>();
    final Span error = new Span();
    final Button save = new Button();

    SaveAsTemplateDialog(ContractTemplates templates, UUID contractId, String title) {
        this.templates = templates;
        this.contractId = contractId;
        setHeaderTitle(getTranslation("contract.template.save.title"));
        setId("save-template-dialog");
        name.setLabel(getTranslation("contract.template.save.name"));
        name.setValue(title);
        name.setWidthFull();
        name.setRequiredIndicatorVisible(true);
        activity.setLabel(getTranslation("contract.template.save.activity"));
        activity.setItems(Activity.values());
        activity.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        activity.setValue(Activity.AUTRE);
        error.addClassName("av-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        VerticalLayout form =
                new VerticalLayout(new Paragraph(getTranslation("contract.template.save.text")), name, activity, error);
        form.setPadding(false);
        add(form);
        save.setText(getTranslation("contract.template.save.confirm"));
        save.setId("save-template");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("contract.pilot.dialog.cancel"), e -> close()), save);
    }

    void save() {
        try {
            templates.saveAsTemplate(contractId, name.getValue(), activity.getValue());
        } catch (ContractRuleException e) {
            if (e.messageKey().equals("contract.error.template.name")) {
                name.setErrorMessage(getTranslation(e.messageKey()));
                name.setInvalid(true);
            } else {
                error.setText(getTranslation(e.messageKey()));
                error.setVisible(true);
            }
            return;
        } catch (AccessDeniedException | ContractNotFoundException e) {
            error.setText(getTranslation("contract.template.save.denied"));
            error.setVisible(true);
            return;
        }
        close();
        Notification.show(getTranslation(
                        "contract.template.save.done", name.getValue().strip()))
                .addThemeVariants(NotificationVariant.SUCCESS);
    }
}
