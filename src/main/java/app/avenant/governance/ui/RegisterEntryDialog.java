package app.avenant.governance.ui;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.governance.AccessRegister;
import app.avenant.governance.GovernanceRuleException;
import app.avenant.governance.NewRegisterEntry;
import app.avenant.governance.RegisterEntryView;
import app.avenant.shared.format.Formats;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Déclarer un système" / "Modifier l'accès": the form checks what it needs to build a declaration (a system,
 * a grant date); every other rule is the service's, each refusal shown next to its field, nothing stored.
 */
class RegisterEntryDialog extends Dialog {

    /** What the form edits; the service gets an immutable {@link NewRegisterEntry}. */
    static final class Form {
        private String system = "";
        private String dataCategories = "";
        private boolean personalData;
        private @Nullable LocalDate grantedOn;
        private @Nullable LocalDate revokedOn;
        private String note = "";

        NewRegisterEntry declaration() {
            return new NewRegisterEntry(system, dataCategories, personalData, grantedOn, revokedOn, note);
        }
    }

    private final AccessRegister register;
    private final UUID contractId;
    private final @Nullable RegisterEntryView editing;
    private final Runnable onSaved;
    private final Binder<Form> binder = new Binder<>();

    final TextField system = new TextField();
    final TextArea dataCategories = new TextArea();
    final Checkbox personalData = new Checkbox();
    final DatePicker grantedOn = new DatePicker();
    final DatePicker revokedOn = new DatePicker();
    final TextArea note = new TextArea();
    final Button save = new Button();

    /** @param editing the entry corrected, or null to declare a new one (granted today, in Paris, by {@code clock}) */
    RegisterEntryDialog(
            AccessRegister register,
            UUID contractId,
            @Nullable RegisterEntryView editing,
            Clock clock,
            Runnable onSaved) {
        this.register = register;
        this.contractId = contractId;
        this.editing = editing;
        this.onSaved = onSaved;
        addClassName("av-register-dialog");
        setWidth("min(44rem, 95vw)");
        setHeaderTitle(
                getTranslation(editing == null ? "governance.register.entry.add" : "governance.register.entry.edit"));

        system.setLabel(getTranslation("governance.register.entry.system"));
        system.setPlaceholder(getTranslation("governance.register.entry.system.placeholder"));
        system.setMaxLength(120);
        system.setRequiredIndicatorVisible(true);
        dataCategories.setLabel(getTranslation("governance.register.entry.dataCategories"));
        dataCategories.setPlaceholder(getTranslation("governance.register.entry.dataCategories.placeholder"));
        dataCategories.setMaxLength(300);
        personalData.setLabel(getTranslation("governance.register.entry.personalData"));
        grantedOn.setLabel(getTranslation("governance.register.entry.grantedOn"));
        grantedOn.setRequiredIndicatorVisible(true);
        revokedOn.setLabel(getTranslation("governance.register.entry.revokedOn"));
        revokedOn.setHelperText(getTranslation("governance.register.entry.revokedOn.hint"));
        revokedOn.setClearButtonVisible(true);
        for (DatePicker picker : java.util.List.of(grantedOn, revokedOn)) {
            Pickers.french(picker, this, getLocale());
        }
        note.setLabel(getTranslation("governance.register.entry.note"));
        note.setMaxLength(500);

        bind();
        Form form = new Form();
        if (editing != null) {
            form.system = editing.system();
            form.dataCategories = editing.dataCategories();
            form.personalData = editing.personalData();
            form.grantedOn = editing.grantedOn();
            form.revokedOn = editing.revokedOn();
            form.note = editing.note();
        } else {
            form.grantedOn = LocalDate.ofInstant(clock.instant(), Formats.PARIS);
        }
        binder.setBean(form);

        FormLayout fields = new FormLayout(system, grantedOn, dataCategories, revokedOn, personalData, note);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        fields.setColspan(note, 2);
        add(fields);

        save.setText(getTranslation(
                editing == null ? "governance.register.entry.save.add" : "governance.register.entry.save.edit"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("shared.cancel"), e -> close()), save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                system.focus();
            }
        });
    }

    private void bind() {
        binder.forField(system)
                .asRequired(getTranslation("governance.register.error.system.required"))
                .withValidator(s -> !s.isBlank(), getTranslation("governance.register.error.system.required"))
                .bind(f -> f.system, (f, v) -> f.system = v);
        binder.forField(dataCategories).bind(f -> f.dataCategories, (f, v) -> f.dataCategories = v);
        binder.forField(personalData).bind(f -> f.personalData, (f, v) -> f.personalData = v);
        binder.forField(grantedOn)
                .asRequired(getTranslation("governance.register.error.grantedOn.required"))
                .bind(f -> f.grantedOn, (f, v) -> f.grantedOn = v);
        binder.forField(revokedOn).bind(f -> f.revokedOn, (f, v) -> f.revokedOn = v);
        binder.forField(note).bind(f -> f.note, (f, v) -> f.note = v);
    }

    /** Saves, or shows why not next to the field; true when stored. */
    boolean save() {
        if (!binder.validate().isOk()) {
            return false;
        }
        NewRegisterEntry declaration = binder.getBean().declaration();
        try {
            if (editing == null) {
                register.addEntry(contractId, declaration);
            } else {
                register.updateEntry(editing.id(), declaration);
            }
        } catch (GovernanceRuleException e) {
            HasValidation field = fieldOf(e.messageKey());
            field.setErrorMessage(getTranslation(e.messageKey()));
            field.setInvalid(true);
            return false;
        } catch (AccessDeniedException | ContractNotFoundException e) {
            Notification.show(getTranslation("governance.error.denied")).addThemeVariants(NotificationVariant.ERROR);
            close();
            return false;
        }
        close();
        Notification.show(getTranslation("governance.register.entry.saved"))
                .addThemeVariants(NotificationVariant.SUCCESS);
        onSaved.run();
        return true;
    }

    /** {@code governance.register.error.<field>.<rule>}: the field the service names. */
    private HasValidation fieldOf(String key) {
        String field = key.replaceFirst("^governance\\.register\\.error\\.", "").replaceFirst("\\..*$", "");
        return switch (field) {
            case "dataCategories" -> dataCategories;
            case "grantedOn" -> grantedOn;
            case "revokedOn" -> revokedOn;
            case "note" -> note;
            default -> system;
        };
    }
}
