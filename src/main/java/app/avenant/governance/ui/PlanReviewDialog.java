package app.avenant.governance.ui;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.governance.GovernanceRuleException;
import app.avenant.governance.NewReview;
import app.avenant.governance.Reviews;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;

/** "Planifier un comité": date and time (proposed from the cadence), duration, agenda. */
class PlanReviewDialog extends Dialog {

    final DateTimePicker startsAt = new DateTimePicker();
    final IntegerField duration = new IntegerField();
    final TextArea agenda = new TextArea();
    final Button save = new Button();

    /** {@code clock}: without a cadence, the proposed date is a week from its today (its zone, as {@link Reviews}). */
    PlanReviewDialog(Reviews reviews, UUID contractId, Clock clock, Consumer<UUID> planned) {
        setHeaderTitle(getTranslation("governance.plan.title"));
        addClassName("av-gov-plan-dialog");

        startsAt.setLabel(getTranslation("governance.plan.startsAt"));
        Pickers.french(startsAt, this, getLocale());
        startsAt.setRequiredIndicatorVisible(true);
        reviews.scheduleNext(contractId)
                .ifPresentOrElse(
                        startsAt::setValue,
                        () -> startsAt.setValue(LocalDateTime.now(clock)
                                .plusDays(7)
                                .withHour(10)
                                .withMinute(0)
                                .withSecond(0)
                                .withNano(0)));

        duration.setLabel(getTranslation("governance.plan.duration"));
        duration.setSuffixComponent(new com.vaadin.flow.component.html.Span("min"));
        duration.setMin(15);
        duration.setMax(480);
        duration.setStep(15);
        duration.setStepButtonsVisible(true);
        duration.setValue(Reviews.DEFAULT_DURATION);

        agenda.setLabel(getTranslation("governance.plan.agenda"));
        agenda.setPlaceholder(getTranslation("governance.plan.agenda.placeholder"));
        agenda.setMaxLength(4000);
        agenda.setRequiredIndicatorVisible(true);
        agenda.setMinHeight("8em");

        FormLayout form = new FormLayout(startsAt, duration, agenda);
        form.setColspan(agenda, 2);
        add(form);

        save.setText(getTranslation("governance.plan.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save(reviews, contractId, planned));
        Button cancel = new Button(getTranslation("shared.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void save(Reviews reviews, UUID contractId, Consumer<UUID> planned) {
        startsAt.setInvalid(false);
        duration.setInvalid(false);
        agenda.setInvalid(false);
        LocalDateTime when = startsAt.getValue();
        if (when == null) {
            startsAt.setErrorMessage(getTranslation("governance.error.startsAt.required"));
            startsAt.setInvalid(true);
            return;
        }
        Integer minutes = duration.getValue();
        if (minutes == null) {
            duration.setErrorMessage(getTranslation("governance.error.duration.invalid"));
            duration.setInvalid(true);
            return;
        }
        try {
            UUID id = reviews.plan(contractId, new NewReview(when, minutes, agenda.getValue()));
            close();
            Notification.show(getTranslation("governance.plan.saved")).addThemeVariants(NotificationVariant.SUCCESS);
            planned.accept(id);
        } catch (GovernanceRuleException e) {
            if (e.messageKey().contains("duration")) {
                duration.setErrorMessage(getTranslation(e.messageKey()));
                duration.setInvalid(true);
            } else {
                agenda.setErrorMessage(getTranslation(e.messageKey()));
                agenda.setInvalid(true);
            }
        } catch (AccessDeniedException | ContractNotFoundException e) {
            Notification.show(getTranslation("governance.error.denied")).addThemeVariants(NotificationVariant.ERROR);
            close();
        }
    }
}
