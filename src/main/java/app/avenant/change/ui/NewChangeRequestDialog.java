package app.avenant.change.ui;

import app.avenant.change.ChangeRequestNotFoundException;
import app.avenant.change.ChangeRequests;
import app.avenant.change.ChangeRuleException;
import app.avenant.change.NewChangeRequest;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.ui.Labels;
import app.avenant.shared.ui.TextLimit;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Nouvelle demande de modification": a title, the reason, and the objective it serves (mistake n°1: never
 * cost alone without saying so). Errors appear next to the fields; Enter submits; the new request opens.
 */
class NewChangeRequestDialog extends Dialog {

    static final int TITLE_MAX = 200;
    /** As the service refuses it (a longer reason is never cut). */
    static final int REASON_MAX = 2000;

    /** What the form edits; the service gets an immutable {@link NewChangeRequest}. */
    static final class Form {
        private String title = "";
        private String reason = "";
        private @Nullable ObjectiveKind serves;

        String getTitle() {
            return title;
        }

        void setTitle(String title) {
            this.title = title;
        }

        String getReason() {
            return reason;
        }

        void setReason(String reason) {
            this.reason = reason;
        }

        @Nullable
        ObjectiveKind getServes() {
            return serves;
        }

        void setServes(@Nullable ObjectiveKind serves) {
            this.serves = serves;
        }
    }

    private final ChangeRequests changeRequests;
    private final UUID contractId;
    private final Consumer<UUID> onCreated;
    private final Binder<Form> binder = new Binder<>();
    private final Form form = new Form();
    final TextField title = new TextField();
    final TextArea reason = new TextArea();
    final Select<ObjectiveKind> serves = new Select<>();
    final Span error = new Span();
    final Button submit = new Button();

    NewChangeRequestDialog(ChangeRequests changeRequests, UUID contractId, Consumer<UUID> onCreated) {
        this.changeRequests = changeRequests;
        this.contractId = contractId;
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("changeui.new.title"));
        addClassName("av-cr-new-dialog");
        setWidth("min(40rem, 95vw)");

        title.setLabel(getTranslation("changeui.new.field.title"));
        // a counter rather than the browser's maxlength, which cuts a pasted title silently (docs/decisions/0022)
        TextLimit.attach(title, TITLE_MAX, "");
        title.addClassName("av-wrap");
        title.setWidthFull();
        reason.setLabel(getTranslation("changeui.new.field.reason"));
        reason.addClassName("av-wrap");
        TextLimit.attach(reason, REASON_MAX, getTranslation("changeui.new.field.reason.hint"));
        reason.setWidthFull();
        reason.setMinHeight("6rem");
        serves.setLabel(getTranslation("changeui.new.field.serves"));
        serves.setHelperText(getTranslation("changeui.new.field.serves.hint"));
        serves.setItems(ObjectiveKind.values());
        serves.setItemLabelGenerator(k -> k == null ? "" : Labels.objective(this, k));
        serves.setWidthFull();

        binder.forField(title)
                .asRequired(getTranslation("changeui.new.error.title.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("changeui.new.error.title.tooLong", String.valueOf(TITLE_MAX)), 0, TITLE_MAX))
                .withValidator(t -> !t.isBlank(), getTranslation("changeui.new.error.title.required"))
                .bind(Form::getTitle, Form::setTitle);
        binder.forField(reason)
                .asRequired(getTranslation("changeui.new.error.reason.required"))
                .withValidator(
                        r -> r.strip().length() <= REASON_MAX,
                        getTranslation("change.error.reason.tooLong", REASON_MAX))
                .withValidator(t -> !t.isBlank(), getTranslation("changeui.new.error.reason.required"))
                .bind(Form::getReason, Form::setReason);
        binder.forField(serves)
                .asRequired(getTranslation("changeui.new.error.serves.required"))
                .bind(Form::getServes, Form::setServes);
        binder.setBean(form);

        error.addClassName("av-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        VerticalLayout fields = new VerticalLayout(title, reason, serves, error);
        fields.setPadding(false);
        add(fields);

        submit.setText(getTranslation("changeui.new.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> submit());
        submit.addClickShortcut(Key.ENTER).listenOn(this);
        Button cancel = new Button(getTranslation("changeui.cancel"), e -> close());
        getFooter().add(cancel, submit);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                title.focus();
            }
        });
    }

    void submit() {
        error.setVisible(false);
        if (!binder.validate().isOk() || form.getServes() == null) {
            return;
        }
        UUID created;
        try {
            created = changeRequests.propose(
                    contractId,
                    new NewChangeRequest(
                            form.getTitle().strip(), form.getReason().strip(), form.getServes()));
        } catch (ChangeRuleException e) {
            showError(ChangeLabels.error(this, e));
            return;
        } catch (ChangeRequestNotFoundException | ContractNotFoundException | AccessDeniedException e) {
            showError(getTranslation("changeui.error.denied"));
            return;
        }
        close();
        onCreated.accept(created);
    }

    /** Which element of the terms the request is about (from "Proposer une modification"). */
    void about(String text) {
        Paragraph about = new Paragraph(text);
        about.addClassName("av-hint");
        addComponentAsFirst(about);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
