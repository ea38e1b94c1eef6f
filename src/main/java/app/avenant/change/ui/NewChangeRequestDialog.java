package app.avenant.change.ui;

import app.avenant.change.ChangeRequestNotFoundException;
import app.avenant.change.ChangeRequests;
import app.avenant.change.ChangeRuleException;
import app.avenant.change.NewChangeRequest;
import app.avenant.change.draft.KeptNewRequest;
import app.avenant.change.draft.NewRequestDrafts;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.ui.Labels;
import app.avenant.shared.format.Formats;
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
import com.vaadin.flow.server.VaadinService;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Nouvelle demande de modification": a title, the reason, and the objective it serves (mistake n°1: never
 * cost alone without saying so). Errors appear next to the fields; Enter submits; the new request opens.
 * What is typed is kept in the database for that person and contract as it reaches the server, and given back
 * when they open the dialog again after a reload, a lost connection or a closed browser; it goes when the request
 * is created or the person cancels, which asks first when something was typed (docs/decisions/0030, addendum).
 */
class NewChangeRequestDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(NewChangeRequestDialog.class);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

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

    /** What the database holds for this person and contract, as far as this dialog knows. */
    private record Typed(
            String title, String reason, @Nullable ObjectiveKind serves) {

        boolean isEmpty() {
            return title.isBlank() && reason.isBlank() && serves == null;
        }
    }

    private final ChangeRequests changeRequests;
    private final NewRequestDrafts drafts;
    private final UUID contractId;
    private final Consumer<UUID> onCreated;
    private Runnable onCancelled = () -> {};
    private @Nullable Typed lastKept;
    /** Set once the request is created or the person cancelled: nothing more is kept. */
    private boolean done;

    private final Binder<Form> binder = new Binder<>();
    private final Form form = new Form();
    final TextField title = new TextField();
    final TextArea reason = new TextArea();
    final Select<ObjectiveKind> serves = new Select<>();
    final Span error = new Span();
    final Button submit = new Button();
    final Button cancel = new Button();
    /** "Votre saisie du … à … a été restaurée.", shown when the dialog opens on kept text. */
    final Paragraph restored = new Paragraph();

    /** The store of typed text comes from Spring, as a route's services do: whoever opens the dialog names the contract. */
    NewChangeRequestDialog(ChangeRequests changeRequests, UUID contractId, Consumer<UUID> onCreated) {
        this(
                changeRequests,
                VaadinService.getCurrent().getInstantiator().getOrCreate(NewRequestDrafts.class),
                contractId,
                onCreated);
    }

    NewChangeRequestDialog(
            ChangeRequests changeRequests, NewRequestDrafts drafts, UUID contractId, Consumer<UUID> onCreated) {
        this.changeRequests = changeRequests;
        this.drafts = drafts;
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
        Optional<KeptNewRequest> kept = kept();
        kept.ifPresent(k -> {
            form.setTitle(k.title());
            form.setReason(k.reason());
            form.setServes(k.serves());
            lastKept = new Typed(k.title(), k.reason(), k.serves());
        });
        binder.setBean(form);
        // after the kept text is shown, so that showing it is not taken for typing
        title.addValueChangeListener(e -> keep());
        reason.addValueChangeListener(e -> keep());
        serves.addValueChangeListener(e -> keep());

        error.addClassName("av-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        restored.addClassNames("av-hint", "av-restored");
        restored.getElement().setAttribute("role", "status");
        restored.setVisible(kept.isPresent());
        kept.ifPresent(k -> restored.setText(restoredText(k.savedAt())));

        VerticalLayout fields = new VerticalLayout(restored, title, reason, serves, error);
        fields.setPadding(false);
        add(fields);

        submit.setText(getTranslation("changeui.new.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> submit());
        submit.addClickShortcut(Key.ENTER).listenOn(this);
        cancel.setText(getTranslation("changeui.cancel"));
        cancel.addClickListener(e -> cancel());
        // Esc and a click beside the dialog cancel too, and ask the same way when something was typed
        addDialogCloseActionListener(e -> cancel());
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
        done = true;
        discard();
        close();
        onCreated.accept(created);
    }

    /**
     * "Annuler": what was typed is dropped, after asking when there is something to lose; with nothing typed the
     * dialog just closes.
     */
    void cancel() {
        if (typed().isEmpty()) {
            cancelled();
            return;
        }
        new ConfirmationDialog(
                        getTranslation("changeui.new.discard.title"),
                        getTranslation("changeui.new.discard.text"),
                        getTranslation("changeui.new.discard.ok"),
                        true,
                        this::cancelled)
                .open();
    }

    private void cancelled() {
        done = true;
        discard();
        close();
        onCancelled.run();
    }

    /** What to do once the person cancelled (not when the request was created). */
    void onCancelled(Runnable action) {
        onCancelled = action;
    }

    private Typed typed() {
        return new Typed(title.getValue(), reason.getValue(), serves.getValue());
    }

    /** Writes what is typed when it differs from what is kept; a failure never disturbs the person typing. */
    private void keep() {
        Typed now = typed();
        if (done || now.equals(lastKept)) {
            return;
        }
        try {
            drafts.keep(contractId, now.title(), now.reason(), now.serves());
            lastKept = now;
        } catch (RuntimeException e) {
            log.warn("Text of a new request on contract {} not kept: {}", contractId, e.toString());
        }
    }

    private void discard() {
        lastKept = null;
        try {
            drafts.discard(contractId);
        } catch (RuntimeException e) {
            log.warn("Text of a new request on contract {} not discarded: {}", contractId, e.toString());
        }
    }

    private Optional<KeptNewRequest> kept() {
        try {
            return drafts.mine(contractId);
        } catch (RuntimeException e) {
            log.warn("Text of a new request on contract {} not read: {}", contractId, e.toString());
            return Optional.empty();
        }
    }

    private String restoredText(Instant savedAt) {
        ZonedDateTime at = savedAt.atZone(Formats.PARIS);
        return getTranslation("changeui.new.restored", Formats.date(at.toLocalDate(), getLocale()), HOUR.format(at));
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
