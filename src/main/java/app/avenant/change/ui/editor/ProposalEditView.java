package app.avenant.change.ui.editor;

import app.avenant.change.ChangeRequestDetail;
import app.avenant.change.ChangeRequestNotFoundException;
import app.avenant.change.ChangeRequestStatus;
import app.avenant.change.ChangeRequests;
import app.avenant.change.ChangeRuleException;
import app.avenant.change.RevisionView;
import app.avenant.change.StaleChangeRequestException;
import app.avenant.change.draft.ProposalDrafts;
import app.avenant.change.draft.StoredDraft;
import app.avenant.change.live.ChangeFeed;
import app.avenant.change.live.LiveUpdate;
import app.avenant.change.ui.ChangeNavigation;
import app.avenant.change.ui.Values;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.contract.Side;
import app.avenant.contract.VersionOrigins;
import app.avenant.contract.VersionedTerms;
import app.avenant.contract.terms.FieldChange;
import app.avenant.contract.terms.ItemChange;
import app.avenant.contract.terms.MergeConflict;
import app.avenant.contract.terms.ScopeAttachment;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsDiff;
import app.avenant.contract.terms.TermsMerge;
import app.avenant.document.ScopeDocuments;
import app.avenant.identity.CurrentUser;
import app.avenant.identity.Users;
import app.avenant.shared.RouteIds;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.DocumentLinks;
import app.avenant.shared.ui.NotFoundState;
import app.avenant.shared.ui.TextLimit;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PreserveOnRefresh;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.TaskScheduler;

/**
 * "Modifier la proposition": a new revision of a change request, edited on a copy of its latest proposed terms.
 * Saving sends the version token that was loaded: when someone revised the request meanwhile, the person is
 * told who, and their edits are carried onto the newer revision; nothing is ever overwritten silently. Leaving
 * or reloading with unsaved edits asks first, and a reload (F5) or a reconnect keeps this page, edits included.
 * The edits are also kept in the database as the person types (at most one write every two seconds, and when the
 * page goes), and restored when that person opens the editor again after a closed browser, an expired session or
 * a restart (docs/decisions/0030).
 */
@Route("changes/:changeRequestId/edit")
@PreserveOnRefresh
@PermitAll
@StyleSheet("context://styles/contract.css")
public class ProposalEditView extends Composite<Div>
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    static final String ID = "changeRequestId";
    static final int MAX_NOTE = 500;
    /** The query parameter naming the element to open on, see {@link TermsEditor#focusOn}. */
    public static final String FOCUS = "focus";

    /** At most one write of the draft this often while the person types (and one more when the page goes). */
    static final Duration DRAFT_EVERY = Duration.ofSeconds(2);

    /** How long typing stops before the field being typed in sends its value, as leaving it would. */
    static final Duration TYPING_PAUSE = Duration.ofMillis(500);

    /**
     * Fields send their value when they are left (Vaadin's "change"). A value typed with the cursor still in the
     * field when the tab is closed or the computer sleeps never reached the server, so no draft held it. Here the
     * field typed in is made to send its value as leaving it does (a "change" event on the Vaadin field, the event
     * Flow listens to) after a pause in typing ($0 ms), and at once when the page is hidden or goes (tab closed,
     * reload, computer asleep: best effort, the browser may not wait). Leaving the field sends it the usual way
     * and cancels the wait, so nothing is left pending: Vaadin's lazy mode, which kept a debounced value that a
     * reload right after leaving the field dropped, is not used (docs/decisions/0030).
     */
    static final String COMMIT_WHILE_TYPING = """
            const host = this;
            if (host.avWatchesTyping) { return; }
            host.avWatchesTyping = true;
            const FIELDS = 'vaadin-text-field, vaadin-text-area, vaadin-number-field, vaadin-integer-field,'
                + ' vaadin-big-decimal-field';
            let typing = null;
            let timer = 0;
            const commit = () => {
              clearTimeout(timer);
              const field = typing;
              typing = null;
              if (field && field.isConnected) { field.dispatchEvent(new CustomEvent('change')); }
            };
            host.addEventListener('input', e => {
              window.avUnsaved = true;
              if (!window.avAskBeforeUnload) {
                window.avAskBeforeUnload = u => { if (window.avUnsaved) { u.preventDefault(); u.returnValue = ''; } };
                window.addEventListener('beforeunload', window.avAskBeforeUnload);
              }
              const field = e.target.closest && e.target.closest(FIELDS);
              if (!field) { return; }
              if (typing && typing !== field) { commit(); }
              typing = field;
              clearTimeout(timer);
              timer = setTimeout(commit, $0);
            }, true);
            host.addEventListener('change', e => {
              if (typing && e.target.closest && e.target.closest(FIELDS) === typing) {
                clearTimeout(timer);
                typing = null;
              }
            }, true);
            window.avCommitTyping = commit;
            if (!window.avCommitsWhenHidden) {
              window.avCommitsWhenHidden = true;
              const hidden = () => { if (window.avCommitTyping) { window.avCommitTyping(); } };
              document.addEventListener('visibilitychange', () => {
                if (document.visibilityState === 'hidden') { hidden(); }
              });
              window.addEventListener('pagehide', hidden);
            }
            """;

    private static final Logger log = LoggerFactory.getLogger(ProposalEditView.class);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final ChangeRequests changeRequests;
    private final Contracts contracts;
    private final ProposalDrafts drafts;
    private final Users users;
    private final ObjectProvider<VersionOrigins> origins;
    private final @Nullable TaskScheduler scheduler;
    /** When the draft was last written (System.nanoTime), if ever; a write waiting for its turn; none after saving. */
    private long lastDraftWrite;

    private boolean draftWritten;
    private boolean draftPending;
    private boolean draftClosed;
    /** What the database holds for this person and request, as far as this page knows. */
    private @Nullable DraftContent lastKept;
    /** When the database last got this person's edits of this request (what the banner dates), if known. */
    private @Nullable Instant lastKeptAt;

    private @Nullable ChangeRequestDetail detail;
    private @Nullable VersionedTerms inForce;
    /** True when the editor holds the proposal laid on the version in force (an outdated request). */
    private boolean onInForce;
    /** The conflicts settled with the value in force ("Prendre la valeur en vigueur"), by {@link #key}. */
    private final Set<String> takeTheirs = new HashSet<>();

    private final Div editorHolder = new Div();
    final Div restored = new Div();
    /** The terms the editor was opened with: what the person's edits are measured from. */
    private @Nullable Terms startTerms;

    private @Nullable String focus;

    @Nullable
    TermsEditor editor;

    @Nullable
    ConflictPanel conflictPanel;

    @Nullable
    Checkbox onlyChanges;

    @Nullable
    TextArea note;

    @Nullable
    Button save;

    @Nullable
    Button cancel;

    private final Span error = new Span();
    private final ChangeFeed feed;
    private @Nullable Registration watching;
    /** "Julien Moreau vient d'enregistrer la révision 4": told while one edits, not only when saving. */
    final Paragraph savedMeanwhile = new Paragraph();

    private boolean leaving;
    private String pageTitle = "";

    private final ScopeDocuments scopeDocuments;

    public ProposalEditView(
            ChangeRequests changeRequests,
            Contracts contracts,
            ProposalDrafts drafts,
            Users users,
            ObjectProvider<VersionOrigins> origins,
            ObjectProvider<TaskScheduler> scheduler,
            ChangeFeed feed,
            ScopeDocuments scopeDocuments) {
        this.changeRequests = changeRequests;
        this.scopeDocuments = scopeDocuments;
        this.feed = feed;
        this.users = users;
        this.origins = origins;
        this.contracts = contracts;
        this.drafts = drafts;
        this.scheduler = scheduler.getIfAvailable();
        Div root = getContent();
        root.addClassNames("av-workspace", "av-proposal-edit");
        error.addClassName("av-error");
        error.getElement().setAttribute("role", "alert");
        restored.addClassNames("av-restored", "av-toolbar");
        restored.getElement().setAttribute("role", "status");
        restored.setVisible(false);
        savedMeanwhile.addClassName("av-saved-meanwhile");
        savedMeanwhile.getElement().setAttribute("role", "status");
        savedMeanwhile.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = event.getRouteParameters().get(ID).flatMap(RouteIds::parse);
        ChangeRequestDetail open = detail;
        if (event.isRefreshEvent() && open != null && id.isPresent() && id.get().equals(open.id()) && hasChanges()) {
            // F5 or a reconnect: this very page is kept (@PreserveOnRefresh), unsaved edits included
            restoredNotice(open.id());
            return;
        }
        focus = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(FOCUS)
                .orElse(null);
        if (id.isEmpty()) {
            showNotFound();
            return;
        }
        load(id.get());
    }

    private void load(UUID id) {
        load(id, null);
    }

    /**
     * Opens the request; {@code carried} are the person's edits made on an older revision, merged here onto
     * the newer one field by field (their values kept where both changed a field) and never thrown away.
     */
    private void load(UUID id, @Nullable Carried carried) {
        stopWatching();
        getContent().removeAll();
        editor = null;
        conflictPanel = null;
        detail = null;
        note = null;
        leaving = false;
        draftPending = false;
        draftClosed = false;
        lastKept = null;
        lastKeptAt = null;
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
            getContent()
                    .add(
                            back,
                            new H2(getTranslation("changeeditor.title", loaded.number(), loaded.title())),
                            new Paragraph(getTranslation("changeeditor.cannotEdit")));
            return;
        }
        show(loaded, back, carried != null ? carried : storedDraft(id));
    }

    /**
     * What the person had typed when someone else saved, or when they left the page without saving: the terms they
     * started from and their edits; {@code draft} when restored from the database.
     */
    private record Carried(
            Terms startedFrom,
            Terms typed,
            String note,
            @Nullable StoredDraft draft) {

        Carried(Terms startedFrom, Terms typed, String note) {
            this(startedFrom, typed, note, null);
        }
    }

    /** What a draft in the database holds, to write it only when something differs. */
    private record DraftContent(
            int revision, @Nullable Integer inForceVersion, Terms startedFrom, Terms terms, String note) {}

    /** The person's draft of that request, kept by an earlier page (another session, browser or portal run). */
    private @Nullable Carried storedDraft(UUID id) {
        try {
            return drafts.mine(id)
                    .map(d -> new Carried(d.startedFrom(), d.terms(), d.note(), d))
                    .orElse(null);
        } catch (RuntimeException e) {
            log.warn("Draft of request {} not read: {}", id, e.toString());
            return null;
        }
    }

    private void show(ChangeRequestDetail loaded, Anchor back, @Nullable Carried carried) {
        // a counter-proposal an approver saves carries their approval (docs/decisions/0033): say so before
        boolean counter = loaded.status() == ChangeRequestStatus.SUBMITTED;
        ContractRole myRole = contracts.myRole(loaded.contractId());
        boolean approves = counter && myRole.canApprove();
        String introKey = !counter
                ? "changeeditor.intro.draft"
                : approves ? "changeeditor.intro.counterApproved" : "changeeditor.intro.counter";
        // one's own revision is modified, not counter-proposed; a colleague's is not the other side's
        boolean ownRevision = users.findCurrentUser()
                .map(me -> me.id().equals(loaded.latest().authorUserId()))
                .orElse(false);
        if (ownRevision) {
            introKey += ".own";
        } else if (counter && loaded.latest().side() == myRole.side()) {
            introKey += ".mySide";
        }
        Paragraph intro = new Paragraph(getTranslation(
                introKey, loaded.latest().number(), loaded.latest().authorName()));
        intro.addClassName("av-hint");
        VersionedTerms current = contracts.currentTerms(loaded.contractId());
        inForce = current;
        takeTheirs.clear();
        // an outdated request is laid on the version in force, its own values winning where they conflict:
        // the person settles each conflict here and one revision clears them all (docs/decisions/0028)
        Terms start = loaded.proposed();
        onInForce = false;
        if (loaded.baseOutdated()) {
            Terms settled = settle(loaded, current);
            if (settled != null) {
                start = settled;
                onInForce = true;
            }
        }
        startTerms = start;
        List<MergeConflict> bothChanged = List.of();
        Terms shown = start;
        if (carried != null) {
            TermsMerge.ResolvedMerge merged =
                    TermsMerge.resolve(carried.startedFrom(), carried.typed(), start, conflict -> false);
            if (merged.settled() != null) {
                shown = merged.settled();
                bothChanged = merged.conflicts();
            } else {
                shown = carried.typed();
            }
        }
        editorHolder.removeAll();
        TermsEditor terms = newEditor(shown, start);
        if (carried != null) {
            terms.markDirty();
        }
        TextArea noteField = new TextArea(getTranslation("changeeditor.note"));
        noteField.setWidthFull();
        noteField.setManualValidation(true);
        noteField.addClassName("av-wrap");
        // a counter, not the browser's maxlength, which cuts pasted text silently (docs/decisions/0022)
        TextLimit.attach(noteField, MAX_NOTE, getTranslation("changeeditor.note.hint", MAX_NOTE));
        if (carried != null) {
            noteField.setValue(carried.note());
        }
        noteField.addValueChangeListener(e -> {
            askBeforeUnload();
            draftChanged();
        });
        note = noteField;
        Button saveButton =
                new Button(getTranslation(approves ? "changeeditor.saveApprove" : "changeeditor.save"), e -> save());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        save = saveButton;
        Button cancelButton = new Button(getTranslation("changeeditor.cancelEdit"), e -> cancel());
        cancel = cancelButton;
        Checkbox onlyChangesBox = new Checkbox(getTranslation("changeeditor.onlyChanges"));
        onlyChangesBox.addValueChangeListener(e -> {
            TermsEditor open = editor;
            VersionedTerms inForceNow = inForce;
            if (open != null) {
                // what was just typed counts as a change too, not only what the saved revision changed
                TermsDiff typed = inForceNow == null
                        ? null
                        : open.currentValue()
                                .map(typedTerms -> TermsDiff.between(inForceNow.terms(), typedTerms))
                                .orElse(null);
                open.showOnlyChanges(e.getValue(), typed);
            }
        });
        onlyChanges = onlyChangesBox;
        // always in sight, however long the terms: the bar sticks to the bottom of the window (contract.css)
        Div actions = new Div(saveButton, cancelButton, onlyChangesBox);
        actions.addClassNames("av-toolbar", "av-editor-actions");
        error.setText("");
        error.setVisible(false);
        savedMeanwhile.setVisible(false);
        getContent().add(back, new H2(pageTitle), intro, new ReadinessPanel(shown), savedMeanwhile);
        watch(loaded, myRole.side());
        if (onInForce && !loaded.conflicts().isEmpty()) {
            ConflictPanel panel = new ConflictPanel(
                    loaded.conflicts(),
                    loaded.latest().baseVersion(),
                    current.versionNumber(),
                    acceptedMeanwhile(loaded, current.versionNumber()),
                    this::choose);
            // reopened on a kept draft, the field may hold the value in force (or a third one): say so
            TermsDiff edited = TermsDiff.between(start, shown);
            for (MergeConflict conflict : loaded.conflicts()) {
                panel.showChosen(conflict, chosen(conflict, edited));
            }
            conflictPanel = panel;
            getContent().add(panel);
        } else if (onInForce) {
            Paragraph rebased = new Paragraph(getTranslation("changeeditor.rebased", current.versionNumber()));
            rebased.addClassName("av-hint");
            getContent().add(rebased);
        }
        getContent().add(editorHolder, noteField, error, actions);
        if (focus != null && !terms.focusOn(focus)) {
            focus = null;
        }
        StoredDraft restoredDraft = carried == null ? null : carried.draft();
        if (restoredDraft != null) {
            lastKept = new DraftContent(
                    restoredDraft.revision(),
                    restoredDraft.inForceVersion(),
                    restoredDraft.startedFrom(),
                    restoredDraft.terms(),
                    restoredDraft.note());
            lastKeptAt = restoredDraft.savedAt();
            restoredFromDraft(loaded.id(), restoredDraft.savedAt());
        }
        if (carried != null
                && (restoredDraft == null
                        || restoredDraft.revision() != loaded.latest().number())) {
            carriedDialog(loaded.latest(), bothChanged);
        }
        if (carried != null) {
            // the draft follows the page: laid on the newer revision, or left as it was
            askBeforeUnload();
            draftChanged();
        }
    }

    /** Documents attached to scope items are kept for this contract, and downloaded from it. */
    private ScopeFiles scopeFiles(UUID contractId) {
        return new ScopeFiles() {
            @Override
            public ScopeAttachment keep(String fileName, byte[] content) {
                return scopeDocuments.keep(contractId, fileName, content);
            }

            @Override
            public String url(ScopeAttachment document) {
                return DocumentLinks.scopeFileUrl(contractId, document.sha256());
            }
        };
    }

    /**
     * A fresh editor of the given terms, marked against the version in force, in place of the previous one;
     * {@code withoutEdits} is what it would show without the person's unsaved edits (those are marked theirs).
     */
    private TermsEditor newEditor(Terms start, Terms withoutEdits) {
        ChangeRequestDetail loaded = detail;
        VersionedTerms current = inForce;
        TermsEditor terms = new TermsEditor(start, loaded == null ? ScopeFiles.NONE : scopeFiles(loaded.contractId()));
        if (loaded != null && current != null) {
            // each difference names the person whose revision proposed it (docs/decisions/0031)
            ProposedBy by = new ProposedBy(
                    this,
                    loaded,
                    changeRequests.compareRevisions(
                            loaded.id(), 1, loaded.latest().number()),
                    TermsDiff.between(withoutEdits, start));
            terms.markChanges(TermsDiff.between(current.terms(), start), by);
        }
        if (onlyChanges != null && onlyChanges.getValue()) {
            terms.showOnlyChanges(true);
        }
        editorHolder.removeAll();
        editorHolder.add(terms);
        editor = terms;
        terms.onFirstEdit(this::askBeforeUnload);
        terms.onEdit(this::draftChanged);
        return terms;
    }

    /**
     * Which choice the shown field matches: the value in force (true), this request's (false), or neither
     * (null). {@code edited} is what the shown terms change on the proposal laid on the version in force.
     */
    private static @Nullable Boolean chosen(MergeConflict conflict, TermsDiff edited) {
        Object value = conflict.ours();
        for (ItemChange item : edited.changes()) {
            if (item.section() == conflict.section() && item.key().equals(conflict.itemKey())) {
                for (FieldChange field : item.fields()) {
                    if (field.field().equals(conflict.field())
                            && java.util.Objects.equals(field.detail(), conflict.detail())) {
                        value = field.after();
                    }
                }
            }
        }
        if (same(value, conflict.theirs())) {
            return true;
        }
        return same(value, conflict.ours()) ? false : null;
    }

    private static boolean same(@Nullable Object a, @Nullable Object b) {
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return java.util.Objects.equals(a, b);
    }

    /** "n° 4 de Paul Durand (PME)": the requests accepted since the base, which the conflicts come from. */
    private String acceptedMeanwhile(ChangeRequestDetail loaded, int inForceVersion) {
        VersionOrigins known = origins.getIfAvailable();
        if (known == null) {
            return "";
        }
        return known.origins(loaded.contractId(), loaded.latest().baseVersion() + 1, inForceVersion).stream()
                .map(o -> getTranslation(
                        "changeeditor.conflicts.request",
                        String.valueOf(o.requestNumber()),
                        o.authorName(),
                        getTranslation("contract.side." + o.authorSide().name())))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The request's proposal on the terms in force, each conflict settled as chosen so far; null if invalid. */
    private @Nullable Terms settle(ChangeRequestDetail loaded, VersionedTerms current) {
        Set<String> chosen = Set.copyOf(takeTheirs);
        return TermsMerge.resolve(
                        loaded.base(), loaded.proposed(), current.terms(), conflict -> chosen.contains(key(conflict)))
                .settled();
    }

    private static String key(MergeConflict conflict) {
        return conflict.section() + "|" + conflict.itemKey() + "|" + conflict.field() + "|" + conflict.detail();
    }

    /**
     * "Garder ma valeur" / "Prendre la valeur en vigueur": the editor's terms follow the choice, and what the
     * person typed elsewhere stays (their edits are merged onto the newly settled terms, field by field).
     */
    private void choose(MergeConflict conflict, boolean inForceValue) {
        ChangeRequestDetail loaded = detail;
        VersionedTerms current = inForce;
        TermsEditor shown = editor;
        if (loaded == null || current == null || shown == null) {
            return;
        }
        Terms before = settle(loaded, current);
        Optional<Terms> typed = shown.validatedValue();
        if (before == null || typed.isEmpty()) {
            return; // the summary at the top says what to fix first
        }
        if (inForceValue) {
            takeTheirs.add(key(conflict));
        } else {
            takeTheirs.remove(key(conflict));
        }
        Terms after = settle(loaded, current);
        if (after == null) {
            return;
        }
        // the choice wins over an edit of the very same field; every other edit is kept
        Terms merged = TermsMerge.resolve(before, typed.get(), after, c -> true).settled();
        newEditor(merged != null ? merged : after, after).markDirty();
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
        VersionedTerms current = inForce;
        try {
            if (onInForce && current != null) {
                changeRequests.reviseOnTermsInForce(
                        loaded.id(), loaded.version(), current.versionNumber(), terms, note);
            } else {
                changeRequests.revise(loaded.id(), loaded.version(), terms, note);
            }
        } catch (StaleChangeRequestException e) {
            Terms startedFrom = startTerms;
            load(loaded.id(), new Carried(startedFrom != null ? startedFrom : loaded.proposed(), terms, note));
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
            list.add(new ListItem(getTranslation(
                    "changeeditor.large.line",
                    where(change),
                    formatted(change, change.before()),
                    formatted(change, change.after()))));
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
        return change.item() == null
                ? getTranslation("terms.section.HEADER") + " — " + field
                : change.item() + " — " + field;
    }

    private String formatted(LargeChanges.Change change, BigDecimal value) {
        return change.money() ? Formats.money(value, Locale.FRANCE) : Formats.units(value.longValue(), getLocale());
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    /**
     * Someone saved meanwhile: the page now shows their revision with the person's edits carried onto it. The
     * dialog says who, and lists the fields both changed (the person's value was kept); the default keeps
     * working, and only an explicit, confirmed choice shows the newer revision without the edits.
     */
    private void carriedDialog(RevisionView latest, List<MergeConflict> bothChanged) {
        ChangeRequestDetail loaded = detail;
        if (loaded == null) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.addClassName("av-stale");
        dialog.setHeader(getTranslation("changeeditor.stale.title"));
        dialog.setText(getTranslation("changeeditor.stale.merged", latest.authorName(), latest.number()));
        if (!bothChanged.isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (MergeConflict conflict : bothChanged) {
                String field = (conflict.label().isBlank() ? "" : conflict.label() + " — ")
                        + Values.fieldLabel(this, conflict.field(), conflict.detail());
                list.add(new ListItem(getTranslation(
                        "changeeditor.stale.conflict",
                        field,
                        Values.format(this, conflict.field(), conflict.kind(), conflict.theirs()),
                        Values.format(this, conflict.field(), conflict.kind(), conflict.ours()))));
            }
            dialog.add(new Paragraph(getTranslation("changeeditor.stale.bothChanged")), list);
        }
        dialog.setConfirmText(getTranslation("changeeditor.stale.keep"));
        dialog.setRejectable(true);
        dialog.setRejectText(getTranslation("changeeditor.stale.reload"));
        dialog.addRejectListener(e -> confirmReload(loaded.id()));
        dialog.open();
    }

    /** "Modifications non enregistrées restaurées", with "Abandonner" (which asks once more). */
    private void restoredNotice(UUID id) {
        Instant keptAt = lastKeptAt;
        if (keptAt != null) {
            restoredFromDraft(id, keptAt);
            return;
        }
        restored.removeAll();
        Span text = new Span(getTranslation("changeeditor.restored"));
        Button discard = new Button(getTranslation("changeeditor.restored.discard"), e -> confirmReload(id));
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        restored.add(text, discard);
        restored.setVisible(true);
        if (restored.getParent().isEmpty()) {
            getContent().addComponentAtIndex(Math.min(2, getContent().getComponentCount()), restored);
        }
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
        confirm.addConfirmListener(e -> {
            discardDraft(id);
            load(id);
        });
        confirm.open();
    }

    /** "Vos modifications non enregistrées du 05/12/2026 à 19:40 ont été restaurées." and "Abandonner ces modifications". */
    private void restoredFromDraft(UUID id, Instant savedAt) {
        restored.removeAll();
        var at = savedAt.atZone(Formats.PARIS);
        Span text = new Span(getTranslation(
                "changeeditor.draft.restored", Formats.date(at.toLocalDate(), getLocale()), HOUR.format(at)));
        Button discard = new Button(getTranslation("changeeditor.draft.discard"), e -> confirmReload(id));
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        restored.add(text, discard);
        restored.setVisible(true);
        if (restored.getParent().isEmpty()) {
            getContent().addComponentAtIndex(Math.min(2, getContent().getComponentCount()), restored);
        }
    }

    // ---- the draft in the database (docs/decisions/0030) --------------------------------------------

    /**
     * An edit: the draft is written now if the last write is two seconds old, else once that time has passed
     * (never at every keystroke); what is still waiting is written when the page goes.
     */
    private void draftChanged() {
        if (draftClosed || detail == null || draftPending) {
            return;
        }
        long since = System.nanoTime() - lastDraftWrite;
        if (!draftWritten || since >= DRAFT_EVERY.toNanos()) {
            writeDraft();
            return;
        }
        draftPending = true;
        TaskScheduler timer = scheduler;
        UI ui = UI.getCurrent();
        if (timer == null || ui == null) {
            return; // written at the next edit after the delay, or when the page goes
        }
        timer.schedule(
                () -> {
                    try {
                        ui.access(() -> {
                            if (draftPending) {
                                writeDraft();
                            }
                        });
                    } catch (UIDetachedException e) {
                        // the page is gone: its detach wrote what was waiting
                    }
                },
                Instant.now().plusNanos(DRAFT_EVERY.toNanos() - since));
    }

    /**
     * Writes the person's edits if they differ from what the database holds: the terms as typed (when every
     * number can be read: otherwise the last readable edits stay kept), the note, and what they were laid on.
     * Edits brought back to the proposal as loaded leave no draft. A failure never disturbs the person typing.
     */
    private void writeDraft() {
        draftPending = false;
        ChangeRequestDetail loaded = detail;
        TermsEditor terms = editor;
        TextArea noteField = note;
        Terms start = startTerms;
        VersionedTerms current = inForce;
        if (draftClosed || loaded == null || terms == null || noteField == null || start == null) {
            return;
        }
        Optional<Terms> typed = terms.currentValue();
        if (typed.isEmpty()) {
            return;
        }
        draftWritten = true;
        lastDraftWrite = System.nanoTime();
        String text = noteField.getValue();
        Integer laidOn = onInForce && current != null ? current.versionNumber() : null;
        DraftContent content = new DraftContent(loaded.latest().number(), laidOn, start, typed.get(), text);
        if (content.equals(lastKept)) {
            return;
        }
        try {
            if (typed.get().equals(start) && text.isBlank()) {
                drafts.discard(loaded.id());
                lastKeptAt = null;
            } else {
                Instant at = drafts.keep(loaded.id(), content.revision(), laidOn, start, typed.get(), text);
                lastKeptAt = at != null ? at : lastKeptAt;
            }
            lastKept = content;
        } catch (RuntimeException e) {
            log.warn("Draft of request {} not kept: {}", loaded.id(), e.toString());
        }
    }

    /** The person chose to drop their edits: the draft goes too, and nothing more is written for them. */
    private void discardDraft(UUID id) {
        draftPending = false;
        lastKept = null;
        lastKeptAt = null;
        try {
            drafts.discard(id);
        } catch (RuntimeException e) {
            log.warn("Draft of request {} not discarded: {}", id, e.toString());
        }
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
        confirm.addConfirmListener(e -> {
            discardDraft(loaded.id());
            leaveTo(loaded.id());
        });
        confirm.open();
    }

    /** Saved or abandoned: the page writes no draft any more (saving removed it, see DraftCleanup). */
    private void leaveTo(UUID id) {
        leaving = true;
        draftClosed = true;
        draftPending = false;
        // the request opens at its top (MainLayout), where its whose-turn sentence and actions are
        ChangeNavigation.toRequest(id);
    }

    private boolean hasChanges() {
        TermsEditor terms = editor;
        TextArea noteField = note;
        return terms != null
                && (terms.hasChanges()
                        || noteField != null && !noteField.getValue().isBlank());
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
            ChangeRequestDetail loaded = detail;
            if (loaded != null) {
                discardDraft(loaded.id());
            }
            draftClosed = true;
            action.proceed();
        });
        confirm.open();
    }

    /**
     * Reloading or closing the tab with unsaved edits asks first (the browser's own "leave this page?"); moving
     * within the portal asks through {@link #beforeLeave}.
     */
    private void askBeforeUnload() {
        getElement()
                .executeJs("window.avUnsaved = true;"
                        + "if (!window.avAskBeforeUnload) { window.avAskBeforeUnload = e => {"
                        + " if (window.avUnsaved) { e.preventDefault(); e.returnValue = ''; } };"
                        + " window.addEventListener('beforeunload', window.avAskBeforeUnload); }");
    }

    /**
     * The browser marks the page unsaved the moment something is typed, before the server hears of it: a reload or
     * a closed tab right after typing asks first. And a value typed and never left still reaches the server (so the
     * draft): {@link #COMMIT_WHILE_TYPING}.
     */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        getElement().executeJs(COMMIT_WHILE_TYPING, TYPING_PAUSE.toMillis());
        if (hasChanges()) {
            askBeforeUnload();
        }
    }

    /**
     * While the person edits, a revision saved by someone else is announced at once (docs/decisions/0029): their
     * edits stay as typed, and saving carries them onto it field by field, as before.
     */
    private void watch(ChangeRequestDetail loaded, Side side) {
        UI ui = UI.getCurrent();
        CurrentUser me = users.findCurrentUser().orElse(null);
        if (ui == null || me == null) {
            return;
        }
        watching = feed.watch(loaded.contractId(), loaded.id(), me.id(), side, update -> {
            try {
                ui.access(() -> onLive(update, me.id()));
            } catch (UIDetachedException e) {
                // the editor closed meanwhile: its detach stops watching
            }
        });
    }

    void onLive(LiveUpdate update, UUID myId) {
        ChangeRequestDetail open = detail;
        if (open == null
                || !(update instanceof LiveUpdate.Changed changed)
                || changed.event().actorId().equals(myId)) {
            return;
        }
        changed.snapshot().as(myId).ifPresent(now -> {
            if (now.latest().number() > open.latest().number()) {
                savedMeanwhile.setText(getTranslation(
                        "changeeditor.savedMeanwhile",
                        changed.snapshot().actorName(),
                        String.valueOf(now.latest().number())));
                savedMeanwhile.setVisible(true);
            }
        });
    }

    private void stopWatching() {
        if (watching != null) {
            watching.remove();
            watching = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopWatching();
        // the browser was closed or the session ended: what was waiting is written now
        if (draftPending) {
            writeDraft();
        }
        event.getUI().getPage().executeJs("window.avUnsaved = false;");
        super.onDetach(event);
    }

    private void showNotFound() {
        getContent().removeAll();
        editor = null;
        detail = null;
        pageTitle = getTranslation("changeeditor.notFound.title");
        getContent().add(new NotFoundState("changeeditor.notFound"));
    }

    private Anchor link(UUID id, String text) {
        return ChangeNavigation.linkToRequest(id, text);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
