package app.avenant.contract.ui;

import app.avenant.contract.ContractLifecycle;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRuleException;
import app.avenant.shared.ui.DatePickers;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/** "Démarrer la phase pilote": a volume cap and an end date; the rules' refusals show next to the field. */
class PilotStartDialog extends Dialog {

    private final ContractLifecycle lifecycle;
    private final UUID contractId;
    private final Runnable onStarted;
    final IntegerField volumeCap = new IntegerField();
    final DatePicker endDate = new DatePicker();
    final Span error = new Span();
    final Button submit = new Button();

    PilotStartDialog(ContractLifecycle lifecycle, Clock clock, UUID contractId, Runnable onStarted) {
        this.lifecycle = lifecycle;
        this.contractId = contractId;
        this.onStarted = onStarted;
        setHeaderTitle(getTranslation("contract.pilot.dialog.title"));
        addClassName("av-pilot-dialog");

        volumeCap.setLabel(getTranslation("contract.pilot.volumeCap"));
        volumeCap.setHelperText(getTranslation("contract.pilot.dialog.volumeCap.hint"));
        volumeCap.setMin(1);
        volumeCap.setRequiredIndicatorVisible(true);
        volumeCap.setWidthFull();
        volumeCap.addValueChangeListener(e -> volumeCap.setInvalid(false));

        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        endDate.setLabel(getTranslation("contract.pilot.endDate"));
        DatePickers.localised(endDate, getLocale());
        endDate.setMin(tomorrow);
        endDate.setInitialPosition(tomorrow.plusMonths(1));
        endDate.setRequiredIndicatorVisible(true);
        endDate.setWidthFull();
        endDate.addValueChangeListener(e -> endDate.setInvalid(false));

        error.addClassName("av-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        VerticalLayout form = new VerticalLayout(volumeCap, endDate, error);
        form.setPadding(false);
        add(form);

        submit.setText(getTranslation("contract.pilot.dialog.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> submit());
        submit.addClickShortcut(Key.ENTER).listenOn(this);
        getFooter().add(new Button(getTranslation("contract.pilot.dialog.cancel"), e -> close()), submit);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                volumeCap.focus();
            }
        });
    }

    void submit() {
        error.setVisible(false);
        Integer cap = volumeCap.getValue();
        LocalDate end = endDate.getValue();
        boolean missing = false;
        if (cap == null) {
            fieldError(volumeCap, "contract.error.pilot.volumeCap");
            missing = true;
        }
        if (end == null) {
            fieldError(endDate, "contract.error.pilot.endDate");
            missing = true;
        }
        if (missing) {
            return;
        }
        try {
            lifecycle.startPilot(contractId, cap, end);
        } catch (ContractRuleException e) {
            switch (e.messageKey()) {
                case "contract.error.pilot.volumeCap" -> fieldError(volumeCap, e.messageKey());
                case "contract.error.pilot.endDate" -> fieldError(endDate, e.messageKey());
                default -> showError(getTranslation(e.messageKey()));
            }
            return;
        } catch (AccessDeniedException | ContractNotFoundException e) {
            showError(getTranslation("contract.pilot.error.denied"));
            return;
        }
        close();
        Notification.show(getTranslation("contract.pilot.dialog.done")).addThemeVariants(NotificationVariant.SUCCESS);
        onStarted.run();
    }

    private void fieldError(com.vaadin.flow.component.HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
