package app.avenant.governance.ui;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.Member;
import app.avenant.governance.GovernanceRuleException;
import app.avenant.governance.NewActionItem;
import app.avenant.governance.ReviewDetail;
import app.avenant.governance.Reviews;
import app.avenant.shared.format.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;

/** "Ajouter une action": what (≤ 500 characters), who (a member of either side), by when. */
class ActionItemDialog extends Dialog {

    final TextArea description = new TextArea();
    final ComboBox<Member> owner = new ComboBox<>();
    final DatePicker dueDate = new DatePicker();
    final Button save = new Button();

    ActionItemDialog(Reviews reviews, ReviewDetail review, Clock clock, Consumer<UUID> added) {
        setHeaderTitle(getTranslation("governance.action.add"));
        addClassName("av-gov-action-dialog");

        description.setLabel(getTranslation("governance.action.description"));
        description.setMaxLength(500);
        description.setRequiredIndicatorVisible(true);
        description.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        description.setHelperText(getTranslation("governance.action.description.hint"));

        owner.setLabel(getTranslation("governance.action.owner"));
        owner.setItems(review.members());
        owner.setItemLabelGenerator(m -> m.displayName() + " (" + m.organisationName() + ")");
        owner.setRequiredIndicatorVisible(true);

        dueDate.setLabel(getTranslation("governance.action.dueDate"));
        Pickers.french(dueDate, this, getLocale());
        dueDate.setRequiredIndicatorVisible(true);
        dueDate.setValue(LocalDate.ofInstant(clock.instant(), Formats.PARIS).plusWeeks(2));

        FormLayout form = new FormLayout(description, owner, dueDate);
        form.setColspan(description, 2);
        add(form);

        save.setText(getTranslation("governance.action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save(reviews, review, added));
        getFooter().add(new Button(getTranslation("shared.cancel"), e -> close()), save);
    }

    private void save(Reviews reviews, ReviewDetail review, Consumer<UUID> added) {
        description.setInvalid(false);
        owner.setInvalid(false);
        dueDate.setInvalid(false);
        Member who = owner.getValue();
        if (who == null) {
            owner.setErrorMessage(getTranslation("governance.error.action.owner.required"));
            owner.setInvalid(true);
            return;
        }
        LocalDate due = dueDate.getValue();
        if (due == null) {
            dueDate.setErrorMessage(getTranslation("governance.error.action.dueDate.required"));
            dueDate.setInvalid(true);
            return;
        }
        try {
            UUID id = reviews.addAction(review.id(), new NewActionItem(description.getValue(), who.userId(), due));
            close();
            Notification.show(getTranslation("governance.action.saved")).addThemeVariants(NotificationVariant.SUCCESS);
            added.accept(id);
        } catch (GovernanceRuleException e) {
            if (e.messageKey().contains("owner")) {
                owner.setErrorMessage(getTranslation(e.messageKey()));
                owner.setInvalid(true);
            } else {
                description.setErrorMessage(getTranslation(e.messageKey()));
                description.setInvalid(true);
            }
        } catch (AccessDeniedException | ContractNotFoundException e) {
            Notification.show(getTranslation("governance.error.denied")).addThemeVariants(NotificationVariant.ERROR);
            close();
        }
    }
}
