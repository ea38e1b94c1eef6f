package app.avenant.contract.ui;

import app.avenant.contract.ContractLifecycle;
import app.avenant.contract.PilotTerms;
import app.avenant.shared.ui.DatePickers;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** "Prolonger le pilote": a new end date and volume cap, prefilled from the pilot's terms, with a note. */
class PilotExtendDialog extends Dialog {

    private final ContractLifecycle lifecycle;
    private final UUID contractId;
    private final Runnable onDone;
    final IntegerField volumeCap = new IntegerField();
    final DatePicker endDate = new DatePicker();
    final TextArea note = new TextArea();
    final Span error = Decisions.errorLine();
    final Button confirm = new Button();

    PilotExtendDialog(ContractLifecycle lifecycle, Clock clock, UUID contractId, PilotTerms pilot, Runnable onDone) {
        this.lifecycle = lifecycle;
        this.contractId = contractId;
        this.onDone = onDone;
        setHeaderTitle(getTranslation("contract.lifecycle.extend.title"));
        addClassName("av-pilot-dialog");
        setId("lifecycle-dialog");

        volumeCap.setLabel(getTranslation("contract.pilot.volumeCap"));
        volumeCap.setMin(1);
        volumeCap.setValue((int) Math.min(Integer.MAX_VALUE, pilot.volumeCap()));
        volumeCap.setRequiredIndicatorVisible(true);
        volumeCap.setWidthFull();
        volumeCap.addValueChangeListener(e -> volumeCap.setInvalid(false));

        LocalDate earliest = max(LocalDate.now(clock), pilot.endDate()).plusDays(1);
        endDate.setLabel(getTranslation("contract.lifecycle.extend.endDate"));
        endDate.setHelperText(getTranslation("contract.lifecycle.extend.endDate.hint"));
        DatePickers.localised(endDate, getLocale());
        endDate.setMin(earliest);
        endDate.setInitialPosition(earliest.plusMonths(1));
        endDate.setRequiredIndicatorVisible(true);
        endDate.setWidthFull();
        endDate.addValueChangeListener(e -> endDate.setInvalid(false));

        note.setLabel(getTranslation("contract.lifecycle.extend.note"));
        note.setMaxLength(500);
        note.setWidthFull();

        VerticalLayout form = new VerticalLayout(
                new Paragraph(getTranslation("contract.lifecycle.extend.text")), volumeCap, endDate, note, error);
        form.setPadding(false);
        add(form);

        confirm.setText(getTranslation("contract.lifecycle.extend.confirm"));
        confirm.setId("lifecycle-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> confirm());
        getFooter().add(new Button(getTranslation("contract.pilot.dialog.cancel"), e -> close()), confirm);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    void confirm() {
        error.setVisible(false);
        Integer cap = volumeCap.getValue();
        LocalDate end = endDate.getValue();
        if (cap == null) {
            fieldError(volumeCap, "contract.error.pilot.volumeCap");
            return;
        }
        if (end == null) {
            fieldError(endDate, "contract.error.pilot.extendDate");
            return;
        }
        if (!Decisions.take(
                this,
                () -> lifecycle.extendPilot(contractId, cap, end, note.getValue()),
                Map.of(
                        "contract.error.pilot.volumeCap", volumeCap,
                        "contract.error.pilot.extendDate", endDate,
                        "contract.error.activate.note", note),
                error)) {
            return;
        }
        close();
        Notification.show(getTranslation("contract.lifecycle.extend.done"))
                .addThemeVariants(NotificationVariant.SUCCESS);
        onDone.run();
    }

    private void fieldError(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }
}
