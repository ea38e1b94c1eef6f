package app.avenant.change.ui.editor;

import app.avenant.shared.RouteIds;
import app.avenant.change.ChangeRequestDetail;
import app.avenant.change.ChangeRequestNotFoundException;
import app.avenant.change.ChangeRequests;
import app.avenant.change.ChangeRuleException;
import app.avenant.change.StaleChangeRequestException;
import app.avenant.contract.terms.Terms;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.TextLimit;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * "Modifier la proposition": a new revision of a change request, edited on a copy of its latest proposed terms.
 * Saving sends the version token that was loaded: when someone revised the request meanwhile, the person is
 * told who, and chooses to reload or compare; nothing is ever overwritten silently. Leaving with unsaved edits
 * asks first.
 */
@Route("changes/:changeRequestId/edit")
@PermitAll
@StyleSheet("context://styles/contract.css")
public class ProposalEditView extends Composite<Div> implements BeforeEnterObserver, BeforeLeaveObserver,
        HasDynamicTitle {

    static final String ID = "changeRequestId";
    static final int MAX_NOTE = 500;

    private final ChangeRequests changeRequests;
    private @Nullable ChangeRequestDetail detail;
    @Nullable TermsEditor editor;
    @Nullable TextArea note;
    @Nullable Button save;
    @Nullable Button cancel;
    private final Span error = new Span();
    private boolean leaving;
    private String pageTitle = "";

    public ProposalEditView(ChangeRequests changeRequests) {
        this.changeRequests = changeRequests;
        Div root = getContent();
        root.addClassNames("av-workspace", "av-proposal-edit");
        error.addClassName("av-error");
        error.getElement().setAttribute("role", "alert");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = event.getRouteParameters().get(ID).flatMap(RouteIds::parse);
        if (id.isEmpty()) {
            showNotFound();
            return;
        }
        load(id.get());
    }

    private void load(UUID id) {
        getContent().removeAll();
        editor = null;
        detail = null;
        leaving = false;
        ChangeRequestDetail loaded;
        try {
            loaded = changeRequests.detail(id);
        } catch (ChangeRequestNotFoundException e) {
            showNotFound();
            return;
        }
        detail = loaded;
        pageTitle = getTranslation("changeeditor.title", loaded.number(), loaded.title());
        Anchor back = link(loaded.id(), "← " + getTranslation("changeeditor.back"));
        back.addClassName("av-back");
        if (!loaded.can().edit()) {
            getContent().add(back, new H2(getTranslation("changeeditor.title", loaded.number(), loaded.title())),
                    new Paragraph(getTranslation("changeeditor.cannotEdit")));
            return;
        }
        show(loaded, back);
    }

    private void show(ChangeRequestDetail loaded, Anchor back) {
        Paragraph intro = new Paragraph(getTranslation("changeeditor.intro", loaded.latest().number(),
                loaded.latest().authorName()));
        intro.addClassName("av-hint");
        TermsEditor terms = new TermsEditor(loaded.proposed());
        editor = terms;
        TextArea noteField = new TextArea(getTranslation("changeeditor.note"));
        noteField.setWidthFull();
        noteField.setManualValidation(true);
        noteField.addClassName("av-wrap");
        // a counter, not the browser's maxlength, which cuts pasted text silently (docs/decisions/0022)
        TextLimit.attach(noteField, MAX_NOTE, getTranslation("changeeditor.note.hint", MAX_NOTE));
        note = noteField;
        Button saveButton = new Button(getTranslation("changeeditor.save"), e -> save());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        save = saveButton;
        Button cancelButton = new Button(getTranslation("changeeditor.cancelEdit"), e -> cancel());
        cancel = cancelButton;
        Div actions = new Div(saveButton, cancelButton);
        actions.addClassName("av-toolbar");
        error.setText("");
        error.setVisible(false);
        getContent().add(back, new H2(pageTitle), intro, terms, noteField, error, actions);
    }

    /**
     * One round: typing errors, the rules of the terms and the note's length are all shown at once; then, when
     * an amount or a quantity changed by more than three times, the person confirms before anything is saved.
     */
    private void save() {
        ChangeRequestDetail loaded = detail;
        TermsEditor terms = editor;
        TextArea noteField = note;
        if (loaded == null || terms == null || noteField == null) {
            return;
        }
        error.setVisible(false);
        Optional<Terms> value = terms.validatedValue();
        boolean noteTooLong = terms.checkLength(noteField, MAX_NOTE);
        if (value.isEmpty() || noteTooLong) {
            return;
        }
        String text = noteField.getValue().strip();
        List<LargeChanges.Change> large = LargeChanges.between(loaded.proposed(), value.get());
        if (large.isEmpty()) {
            submit(loaded, value.get(), text);
        } else {
            largeChangesDialog(large, () -> submit(loaded, value.get(), text));
        }
    }

    private void submit(ChangeRequestDetail loaded, Terms terms, String note) {
        try {
            changeRequests.revise(loaded.id(), loaded.version(), terms, note);
        } catch (StaleChangeRequestException e) {
            staleDialog(loaded.id(), e.modifiedBy());
            return;
        } catch (ChangeRuleException e) {
            showError(getTranslation(e.messageKey(), e.args().toArray()));
            return;
        } catch (ChangeRequestNotFoundException e) {
            showNotFound();
            return;
        }
        leaveTo(loaded.id());
    }

    /** "Des valeurs changent beaucoup": old → new for each; only "Enregistrer quand même" saves. */
    private void largeChangesDialog(List<LargeChanges.Change> changes, Runnable saveAnyway) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.addClassName("av-large-changes");
        dialog.setHeader(getTranslation("changeeditor.large.title"));
        UnorderedList list = new UnorderedList();
        for (LargeChanges.Change change : changes) {
            list.add(new ListItem(getTranslation("changeeditor.large.line", where(change), formatted(change,
                    change.before()), formatted(change, change.after()))));
        }
        dialog.setText(new Div(new Paragraph(getTranslation("changeeditor.large.text")), list));
        dialog.setConfirmText(getTranslation("changeeditor.large.save"));
        dialog.addConfirmListener(e -> saveAnyway.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("changeeditor.large.fix"));
        dialog.open();
    }

    private String where(LargeChanges.Change change) {
        String field = getTranslation(change.fieldKey());
        if (change.band() > 0) {
            field = field + " (" + getTranslation("changeeditor.large.band", change.band()) + ")";
        }
        return change.item() == null ? getTranslation("terms.section.HEADER") + " — " + field
                : change.item() + " — " + field;
    }

    private String formatted(LargeChanges.Change change, BigDecimal value) {
        return change.money() ? Formats.money(value, Locale.FRANCE) : Formats.units(value.longValue(), getLocale());
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void staleDialog(UUID id, String modifiedBy) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("changeeditor.stale.title"));
        dialog.setText(getTranslation("changeeditor.stale.text", modifiedBy));
        dialog.setConfirmText(getTranslation("changeeditor.stale.reload"));
        dialog.addConfirmListener(e -> confirmReload(id));
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("changeeditor.stale.compare"));
        dialog.addRejectListener(e -> navigateToDetail(id));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("changeeditor.stale.keep"));
        dialog.open();
    }

    /** Reloading drops the edits: ask once more, since they cannot be recovered. */
    private void confirmReload(UUID id) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("changeeditor.reload.title"));
        confirm.setText(getTranslation("changeeditor.reload.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("changeeditor.cancel"));
        confirm.setConfirmText(getTranslation("changeeditor.reload.ok"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> load(id));
        confirm.open();
    }

    /** "Comparer": the detail shows the latest revision; leaving still asks about the edits made here. */
    private void navigateToDetail(UUID id) {
        UI.getCurrent().navigate("changes/" + id);
    }

    private void cancel() {
        ChangeRequestDetail loaded = detail;
        if (loaded == null) {
            return;
        }
        if (editor == null || !hasChanges()) {
            leaveTo(loaded.id());
            return;
        }
        ConfirmDialog confirm = discardDialog();
        confirm.addConfirmListener(e -> leaveTo(loaded.id()));
        confirm.open();
    }

    private void leaveTo(UUID id) {
        leaving = true;
        UI.getCurrent().navigate("changes/" + id);
    }

    private boolean hasChanges() {
        TermsEditor terms = editor;
        TextArea noteField = note;
        return terms != null && (terms.hasChanges() || noteField != null && !noteField.getValue().isBlank());
    }

    private ConfirmDialog discardDialog() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("changeeditor.discard.title"));
        confirm.setText(getTranslation("changeeditor.discard.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("changeeditor.discard.stay"));
        confirm.setConfirmText(getTranslation("changeeditor.discard.ok"));
        confirm.setConfirmButtonTheme("error primary");
        return confirm;
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (leaving || !hasChanges()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = discardDialog();
        confirm.addConfirmListener(e -> {
            leaving = true;
            action.proceed();
        });
        confirm.open();
    }

    private void showNotFound() {
        getContent().removeAll();
        editor = null;
        detail = null;
        pageTitle = getTranslation("changeeditor.notFound.title");
        Anchor home = new Anchor("", getTranslation("contract.notFound.back"));
        home.getElement().setAttribute("router-link", true);
        getContent().add(new H2(pageTitle), new Paragraph(getTranslation("changeeditor.notFound.text")), home);
    }

    private Anchor link(UUID id, String text) {
        // a route string, not the detail view's class: that view is another part of the module
        Anchor anchor = new Anchor("changes/" + id, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
