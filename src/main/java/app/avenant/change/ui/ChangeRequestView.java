package app.avenant.change.ui;

import app.avenant.change.ChangeRequestDetail;
import app.avenant.change.ChangeRequestEvent;
import app.avenant.change.ChangeRequestNotFoundException;
import app.avenant.change.ChangeRequestStatus;
import app.avenant.change.ChangeRequests;
import app.avenant.change.ChangeRuleException;
import app.avenant.change.CommentView;
import app.avenant.change.RequestPage;
import app.avenant.change.RevisionComparison;
import app.avenant.change.StaleChangeRequestException;
import app.avenant.change.TimelineEntry;
import app.avenant.change.live.ChangeFeed;
import app.avenant.change.live.InternalNotePosted;
import app.avenant.change.live.LiveSnapshot;
import app.avenant.change.live.LiveUpdate;
import app.avenant.change.live.Presence;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.contract.Side;
import app.avenant.contract.terms.MergeConflict;
import app.avenant.contract.ui.ContractNavigation;
import app.avenant.contract.ui.Labels;
import app.avenant.identity.CurrentUser;
import app.avenant.identity.Users;
import app.avenant.shared.RouteIds;
import app.avenant.shared.ui.Clicks;
import app.avenant.shared.ui.DocumentLinks;
import app.avenant.shared.ui.NotFoundState;
import app.avenant.shared.ui.OfferedButton;
import app.avenant.shared.ui.Routes;
import app.avenant.shared.ui.ScreenLink;
import app.avenant.shared.ui.ScreenLinks;
import app.avenant.shared.ui.StaticHtml;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One change request: header, warnings (outdated base, conflicts), outcome (accepted → version n, rejected
 * with its reason), then Impact, Modifications, Révisions, Approbations and Discussion, with the actions
 * the service allows the caller now. It stays live: when anyone acts on it (or another request of the
 * contract is accepted) it reloads, keeping the comment being typed, and it shows who else is on the page.
 * A malformed id, an unknown request and a request of another organisation's contract show "Contrat
 * introuvable".
 */
@Route("changes/:changeRequestId")
@PermitAll
@StyleSheet(ChangeRequestListView.CONTRACT_STYLESHEET)
@StyleSheet(ChangeRequestListView.STYLESHEET)
public class ChangeRequestView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String CHANGE_REQUEST_ID = "changeRequestId";

    private final ChangeRequests changeRequests;
    private final Contracts contracts;
    private final Users users;
    private final ChangeFeed feed;
    private @Nullable Notification liveNotice;
    /** Kept across reloads: a live update never wipes what the user is typing. */
    final TextArea commentText = new TextArea();

    final TextArea noteText = new TextArea();
    final PresenceIndicator presenceLine;
    final Div staleBanner = new Div();
    /** The actions, each built only for a reader it is offered to (decision 0055). */
    final OfferedButton submit = new OfferedButton(this::submitButton);

    final OfferedButton approve = new OfferedButton(this::approveButton);
    final OfferedButton reject = new OfferedButton(this::rejectButton);
    final OfferedButton withdraw = new OfferedButton(this::withdrawButton);
    final OfferedButton edit = new OfferedButton(this::editButton);
    final OfferedButton reword = new OfferedButton(this::rewordButton);
    /** Whose turn it is, in one sentence: the first thing the screen says (docs/decisions/0025). */
    final Paragraph nextStep = new Paragraph();

    /** The parts a live update replaces; built once per request shown (docs/decisions/0029). */
    private final Div banners = new Div();

    private final Div actionBar = new Div();
    private @Nullable RequestHeader header;
    private @Nullable Section impact;
    private @Nullable Section diff;
    private @Nullable Section revisions;
    private @Nullable Section approvals;
    private @Nullable TimelineDetails timeline;
    private @Nullable DiscussionPanel discussion;
    private @Nullable InternalNotesPanel notes;
    /** The request the parts above were built for; another one (navigation) builds them again. */
    private @Nullable UUID builtFor;
    /** Comments already added to the timeline live (the author's own screen hears its comment too). */
    private @Nullable UUID id;

    private @Nullable ChangeRequestDetail detail;
    private @Nullable Side mySide;
    private @Nullable ContractRole myRole;
    private boolean canWriteNotes;
    private @Nullable CurrentUser me;

    /** The revisions panel shown, which a live update extends rather than rebuilds. */
    private @Nullable RevisionsPanel revisionsPanel;

    /** The proposed changes shown, which a live update rewrites in place when they touch the same fields. */
    private @Nullable DiffTable diffTable;

    /** The approvals panel shown, which a live update brings up to date rather than rebuilds. */
    private @Nullable ApprovalsPanel approvalsPanel;

    private final ScreenLinks screens;

    private @Nullable Registration feedRegistration;
    private String pageTitle = "";

    public ChangeRequestView(
            ChangeRequests changeRequests,
            Contracts contracts,
            Users users,
            ChangeFeed feed,
            Presence presence,
            ScreenLinks screens) {
        this.changeRequests = changeRequests;
        this.screens = screens;
        this.contracts = contracts;
        this.users = users;
        this.feed = feed;
        this.presenceLine = new PresenceIndicator(presence);
        getContent().addClassNames("av-cr", "av-workspace");
        staleBanner.addClassNames("av-cr-banner", "av-cr-stale");
        staleBanner.getElement().setAttribute("role", "alert");
        staleBanner.setVisible(false);
        // the banners sit among the page's blocks as if they were its children (one slot to replace them)
        banners.getStyle().set("display", "contents");
        actionBar.addClassNames("av-toolbar", "av-cr-actions");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        leave();
        clearStale();
        id = event.getRouteParameters()
                .get(CHANGE_REQUEST_ID)
                .flatMap(RouteIds::parse)
                .orElse(null);
        commentText.clear();
        if (id == null || !reload()) {
            return;
        }
        me = users.findCurrentUser().orElse(null);
        join();
    }

    /** Loads the request again and rebuilds the screen; false (and "introuvable") when it is not visible. */
    boolean reload() {
        UUID current = id;
        if (current == null) {
            showNotFound();
            return false;
        }
        RequestPage page;
        ChangeRequestDetail loaded;
        try {
            page = changeRequests.page(current);
            loaded = page.detail();
            var role = contracts.myRole(loaded.contractId());
            mySide = role.side();
            myRole = role;
            canWriteNotes = role.canEdit();
        } catch (ChangeRequestNotFoundException | ContractNotFoundException | AccessDeniedException e) {
            showNotFound();
            return false;
        }
        show(loaded, null, page.latestComparison());
        return true;
    }

    private void showNotFound() {
        leave();
        detail = null;
        builtFor = null;
        pageTitle = getTranslation("contract.notFound.title");
        getContent().removeAll();
        getContent().add(new NotFoundState());
    }

    /**
     * The person's access to the contract ended while the page was open: nothing more of the request is shown, and
     * they are told why (they knew the contract; a stranger never reaches this screen).
     */
    private void showAccessEnded() {
        showNotFound();
        Paragraph why = new Paragraph(getTranslation("changeui.live.accessEnded"));
        why.addClassName("av-cr-access-ended");
        why.getElement().setAttribute("role", "alert");
        getContent().addComponentAsFirst(why);
    }

    /**
     * Shows the request: the whole page the first time, afterwards only the parts that changed (a live update or
     * the user's own action), keeping the discussion, the notes and what is being typed.
     *
     * @param steps the timeline when a live update brought it; null reads it if the history is open
     * @param known the comparison of the two latest revisions when a live update brought it; null reads it
     */
    private void show(ChangeRequestDetail d, @Nullable List<TimelineEntry> steps, @Nullable RevisionComparison known) {
        ChangeRequestDetail before = d.id().equals(builtFor) ? detail : null;
        detail = d;
        pageTitle = ChangeLabels.number(this, d.number()) + " — " + d.title();
        nextStep.setText(NextStepText.of(this, d.next()));
        nextStep.setClassName("av-cr-next");
        nextStep.getElement().setAttribute("role", "status");
        nextStep.getElement()
                .getClassList()
                .set("av-cr-next--mine", d.next().kind().isMine());
        if (before == null) {
            build(d, known);
            return;
        }
        if (header != null) {
            header.update(d);
        }
        showBanners(d);
        actions(d);
        boolean termsChanged = before.latest().number() != d.latest().number()
                || before.latest().baseVersion() != d.latest().baseVersion()
                || before.currentContractVersion() != d.currentContractVersion()
                || before.status() != d.status();
        if (termsChanged) {
            // what reads the same is left as it is: less to build here and less for the browser to redraw
            if (!before.impact().equals(d.impact())) {
                impact = replace(impact, impactSection(d));
            }
            boolean sameBasis = before.latest().baseVersion() == d.latest().baseVersion()
                    && before.currentContractVersion() == d.currentContractVersion()
                    && before.status().isOpen() == d.status().isOpen();
            if (!sameBasis || diffTable == null) {
                diff = replace(diff, diffSection(d));
            } else if (!before.diff().equals(d.diff())) {
                diffTable.showInPlace(d.diff().changes());
            }
            RevisionsPanel panel = revisionsPanel;
            if (panel == null || !panel.update(d, known)) {
                revisions = replace(revisions, revisionsSection(d, known));
            }
        }
        if (approvalsPanel != null) {
            approvalsPanel.update(d, myRole);
        } else {
            approvals = replace(approvals, approvalsSection(d));
        }
        if (timeline != null) {
            if (steps == null) {
                timeline.refresh();
            } else {
                timeline.update(steps);
            }
        }
        if (discussion != null) {
            discussion.setWritable(d.can().comment());
        }
        if (notes != null) {
            notes.setWritable(canWriteNotes);
        }
    }

    private void build(ChangeRequestDetail d, @Nullable RevisionComparison known) {
        builtFor = d.id();
        getContent().removeAll();
        var back = ChangeNavigation.linkToRequests(d.contractId(), "← " + getTranslation("changeui.detail.back"));
        back.addClassName("av-back");
        header = new RequestHeader(changeRequests, d, reword);
        getContent().add(StaticHtml.of(back), nextStep, header, presenceLine, staleBanner, banners);
        showBanners(d);
        actions(d);
        getContent().add(actionBar);
        impact = impactSection(d);
        diff = diffSection(d);
        revisions = revisionsSection(d, known);
        approvals = approvalsSection(d);
        timeline = new TimelineDetails(changeRequests, d.id());
        Section history = new Section(timeline);
        history.addClassNames("av-cr-section", "av-cr-section--timeline");
        history.setId("cr-timeline");
        discussion =
                new DiscussionPanel(changeRequests, d.id(), commentText, d.can().comment(), () -> {});
        getContent()
                .add(
                        impact,
                        diff,
                        revisions,
                        approvals,
                        history,
                        section("discussion", getTranslation("changeui.section.discussion"), discussion),
                        filesSection(d));
        notes = null;
        if (mySide != null) {
            getContent().add(internalNotes(d, mySide));
        }
    }

    /**
     * "Pièces jointes": the way to the documents that come with the request (their own screen, where they are added
     * while the request is open). Not counted here: the screen keeps to its few statements (issue 13).
     */
    private Section filesSection(ChangeRequestDetail d) {
        Paragraph said = new Paragraph(getTranslation("changeui.files.intro"));
        said.addClassName("av-hint");
        Div content = new Div(said);
        screens.url(ScreenLink.Target.REQUEST_FILES, d.id()).ifPresent(url -> {
            Anchor link = Routes.link(
                    url, getTranslation(d.status().isOpen() ? "changeui.files.open" : "changeui.files.closed"));
            link.addClassName("av-cr-files-link");
            content.add(link);
        });
        return section("files", getTranslation("changeui.section.files"), StaticHtml.of(content));
    }

    private Section replace(@Nullable Section old, Section fresh) {
        if (old != null && old.getParent().isPresent()) {
            getContent().replace(old, fresh);
        } else {
            getContent().add(fresh);
        }
        return fresh;
    }

    /**
     * What the request proposes, against the version it was written on; when another request was accepted since,
     * the hint says so (the impact above compares with the version in force, and the two would otherwise disagree).
     */
    private Section diffSection(ChangeRequestDetail d) {
        int base = d.latest().baseVersion();
        int inForce = d.currentContractVersion();
        Paragraph against = new Paragraph(
                base < inForce && d.status().isOpen()
                        ? getTranslation("changeui.diff.againstOutdated", base, inForce)
                        : getTranslation("changeui.diff.against", base));
        against.addClassName("av-hint");
        diffTable = DiffTable.of(d.diff().changes(), getTranslation("changeui.diff.empty"));
        return section("diff", getTranslation("changeui.section.diff"), new Div(StaticHtml.of(against), diffTable));
    }

    private Section revisionsSection(ChangeRequestDetail d, @Nullable RevisionComparison known) {
        RevisionsPanel panel = new RevisionsPanel(changeRequests, d, known);
        revisionsPanel = panel;
        return section("revisions", getTranslation("changeui.section.revisions"), panel);
    }

    private Section approvalsSection(ChangeRequestDetail d) {
        ApprovalsPanel panel = new ApprovalsPanel(d, myRole);
        approvalsPanel = panel;
        return section("approvals", getTranslation("changeui.section.approvals"), panel);
    }

    /** Beside the shared discussion, clearly marked: the caller's side's own notes (docs/decisions/0024). */
    private Component internalNotes(ChangeRequestDetail d, Side side) {
        Paragraph marker = new Paragraph(getTranslation("changeui.notes.marker", Labels.side(this, side)));
        marker.addClassName("av-cr-notes-marker");
        InternalNotesPanel panel = new InternalNotesPanel(changeRequests, d.id(), noteText, canWriteNotes, () -> {});
        notes = panel;
        return section(
                "notes",
                getTranslation("changeui.section.notes", Labels.side(this, side)),
                new Div(StaticHtml.of(marker), panel));
    }

    /** A rise in cost is bad news for the PME and good news for the provider: the colours follow the reader's side. */
    private Section impactSection(ChangeRequestDetail d) {
        Section impact = section(
                "impact", getTranslation("changeui.section.impact"), StaticHtml.of(new ImpactPanel(d.impact())));
        if (mySide == Side.PROVIDER) {
            impact.addClassName("av-cr-impact--provider");
        }
        return impact;
    }

    /** The banners only show (words and links): each is one element of HTML (docs/decisions/0038, 0055). */
    private void showBanners(ChangeRequestDetail d) {
        banners.removeAll();
        banners(d).forEach(banner -> banners.add(StaticHtml.of(banner)));
    }

    private List<Component> banners(ChangeRequestDetail d) {
        List<Component> banners = new ArrayList<>();
        if (d.status() == ChangeRequestStatus.ACCEPTED && d.producedVersion() != null) {
            int produced = d.producedVersion();
            Div accepted = banner(
                    "av-cr-accepted", getTranslation("changeui.detail.accepted", Labels.version(this, produced)));
            if (produced > 1) {
                accepted.add(ContractNavigation.linkToCompare(
                        d.contractId(), produced - 1, produced, getTranslation("changeui.detail.accepted.compare")));
                // the signed amendment a PME files: what changed, who proposed it, who approved it
                accepted.add(DocumentLinks.download(
                        DocumentLinks.amendmentUrl(d.contractId(), produced),
                        getTranslation("document.link.amendment.numbered", String.valueOf(produced - 1)),
                        getTranslation(
                                "document.link.amendment", String.valueOf(produced - 1), String.valueOf(produced))));
            }
            accepted.add(DocumentLinks.download(
                    DocumentLinks.versionUrl(d.contractId(), produced),
                    getTranslation("document.link.version", String.valueOf(produced)),
                    getTranslation("document.link.version", String.valueOf(produced))));
            banners.add(accepted);
        }
        if (d.status() == ChangeRequestStatus.REJECTED) {
            String reason = d.rejectionReason() == null ? "" : d.rejectionReason();
            banners.add(banner("av-cr-rejected", getTranslation("changeui.detail.rejected", reason)));
        }
        if (d.status() == ChangeRequestStatus.WITHDRAWN) {
            banners.add(banner("av-cr-withdrawn", getTranslation("changeui.detail.withdrawn")));
        }
        if (d.status().isOpen() && d.baseOutdated()) {
            banners.add(banner(
                    "av-cr-outdated",
                    getTranslation(
                            "changeui.detail.outdated",
                            Labels.version(this, d.latest().baseVersion()),
                            Labels.version(this, d.currentContractVersion()))));
        }
        if (d.status().isOpen() && !d.conflicts().isEmpty()) {
            banners.add(conflicts(d.conflicts()));
        }
        if (d.changesNothing()) {
            // how to get out of it only for who can: the other side reads the fact alone
            banners.add(banner(
                    "av-cr-empty",
                    getTranslation(
                            d.can().edit()
                                    ? "changeui.detail.changesNothing"
                                    : "changeui.detail.changesNothing.readOnly")));
        }
        return banners;
    }

    private Div banner(String className, String text) {
        Div banner = new Div(new Span(text));
        banner.addClassNames("av-cr-banner", className);
        return banner;
    }

    private Component conflicts(List<MergeConflict> conflicts) {
        NativeTable table = Tables.table(
                getTranslation("changeui.conflicts.field"),
                getTranslation("changeui.conflicts.base"),
                getTranslation("changeui.conflicts.ours"),
                getTranslation("changeui.conflicts.theirs"));
        for (MergeConflict c : conflicts) {
            String field =
                    (c.label().isBlank() ? "" : c.label() + " — ") + Values.fieldLabel(this, c.field(), c.detail());
            table.getBody()
                    .addRow()
                    .add(
                            new NativeTableCell(field),
                            new NativeTableCell(Values.format(this, c.field(), c.kind(), c.base())),
                            new NativeTableCell(Values.format(this, c.field(), c.kind(), c.ours())),
                            new NativeTableCell(Values.format(this, c.field(), c.kind(), c.theirs())));
        }
        Paragraph blocked = new Paragraph(getTranslation("changeui.conflicts.blocked"));
        blocked.addClassName("av-cr-blocked");
        Div block = new Div(new H3(getTranslation("changeui.conflicts.title")), table, blocked);
        block.addClassNames("av-cr-banner", "av-cr-conflicts");
        return block;
    }

    private Section section(String key, String title, Component content) {
        // the title as one element of HTML, not an element and its text (decision 0055)
        Section section = new Section(StaticHtml.of(new H3(title)), content);
        section.addClassNames("av-cr-section", "av-cr-section--" + key);
        section.setId("cr-" + key);
        return section;
    }

    private Button submitButton() {
        // its words depend on the reader's role: set with the others in actions()
        Button submit = new Button();
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        Clicks.on(submit, () -> {
            ChangeRequestDetail d = detail;
            if (d != null) {
                // an approver's submission carries their side's approval (docs/decisions/0033)
                boolean approves = myRole != null && myRole.canApprove();
                act(
                        () -> changeRequests.submit(d.id(), d.version()),
                        approves ? "changeui.done.submittedApproved" : "changeui.done.submitted");
            }
        });
        return submit;
    }

    private Button approveButton() {
        Button approve = new Button(getTranslation("changeui.action.approve"));
        approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        Clicks.on(approve, () -> {
            ChangeRequestDetail d = detail;
            if (d != null) {
                int revision = d.latest().number();
                new ConfirmationDialog(
                                getTranslation("changeui.approve.title", String.valueOf(revision)),
                                getTranslation(
                                        "changeui.approve.text",
                                        String.valueOf(revision),
                                        d.latest().authorName(),
                                        Labels.side(this, d.latest().side())),
                                getTranslation("changeui.action.approve"),
                                false,
                                () -> act(() -> changeRequests.approve(d.id(), revision), "changeui.done.approved"))
                        .open();
            }
        });
        return approve;
    }

    private Button rejectButton() {
        Button reject = new Button(getTranslation("changeui.action.reject"));
        reject.addThemeVariants(ButtonVariant.ERROR);
        Clicks.on(reject, () -> {
            ChangeRequestDetail d = detail;
            if (d != null) {
                new RejectDialog(
                                d.number(),
                                reason -> act(() -> changeRequests.reject(d.id(), reason), "changeui.done.rejected"))
                        .open();
            }
        });
        return reject;
    }

    private Button withdrawButton() {
        Button withdraw = new Button(getTranslation("changeui.action.withdraw"));
        withdraw.addThemeVariants(ButtonVariant.TERTIARY);
        Clicks.on(withdraw, () -> {
            ChangeRequestDetail d = detail;
            if (d != null) {
                new ConfirmationDialog(
                                getTranslation("changeui.withdraw.title"),
                                getTranslation("changeui.withdraw.text"),
                                getTranslation("changeui.action.withdraw"),
                                true,
                                () -> act(() -> changeRequests.withdraw(d.id()), "changeui.done.withdrawn"))
                        .open();
            }
        });
        return withdraw;
    }

    private Button rewordButton() {
        Button reword = new Button(getTranslation("changeui.action.reword"));
        reword.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        Clicks.on(reword, () -> {
            ChangeRequestDetail d = detail;
            if (d != null) {
                new RewordDialog(
                                d,
                                (title, reason) -> act(
                                        () -> changeRequests.reword(d.id(), d.version(), title, reason),
                                        "changeui.done.reworded"))
                        .open();
            }
        });
        return reword;
    }

    private Button editButton() {
        Button edit = new Button();
        Clicks.on(edit, () -> {
            ChangeRequestDetail d = detail;
            if (d != null) {
                ChangeNavigation.toEditor(d.id());
            }
        });
        return edit;
    }

    /** The bar holds the actions offered now, in their order: those no longer offered leave, new ones come in. */
    private void actions(ChangeRequestDetail d) {
        boolean counter = d.status() == ChangeRequestStatus.SUBMITTED
                && mySide != null
                && mySide != d.latest().side();
        // in the bar's order: the actions before the one at hand are in place, so it goes after them
        int shown = offer(edit, d.can().edit(), 0);
        if (edit.isVisible()) {
            edit.button().setText(getTranslation(counter ? "changeui.action.counter" : "changeui.action.edit"));
        }
        shown = offer(submit, d.can().submit(), shown);
        if (submit.isVisible()) {
            boolean approves = myRole != null && myRole.canApprove();
            Button button = submit.button();
            button.setText(getTranslation(approves ? "changeui.action.submitApprove" : "changeui.action.submit"));
            button.setTooltipText(
                    getTranslation(approves ? "changeui.action.submitApprove.help" : "changeui.action.submit.help"));
        }
        shown = offer(approve, d.can().approve(), shown);
        shown = offer(reject, d.can().reject(), shown);
        offer(withdraw, d.can().withdraw(), shown);
    }

    /** Offers (or takes away) one action of the bar, after the {@code before} shown ahead of it; how many are now. */
    private int offer(OfferedButton action, boolean allowed, int before) {
        action.offer(allowed, button -> actionBar.addComponentAtIndex(before, button));
        return allowed ? before + 1 : before;
    }

    /** Runs an action of the service; refusals are explained, never thrown at the user. */
    void act(Runnable action, String doneKey) {
        try {
            action.run();
        } catch (StaleChangeRequestException e) {
            showStale(e.modifiedBy());
            return;
        } catch (ChangeRuleException e) {
            error(ChangeLabels.error(this, e));
            return;
        } catch (ChangeRequestNotFoundException | ContractNotFoundException e) {
            showNotFound();
            return;
        } catch (AccessDeniedException e) {
            error(getTranslation("changeui.error.denied"));
            return;
        }
        Notification.show(getTranslation(doneKey), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
        clearStale();
        reload();
    }

    private void error(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.ERROR);
    }

    /** "Modifiée entre-temps par Léa Bernard": reload (and compare the revisions) rather than overwrite. */
    void showStale(String modifiedBy) {
        String message = getTranslation("changeui.stale", modifiedBy);
        staleBanner.removeAll();
        Button reloadButton = new Button(getTranslation("changeui.stale.reload"), e -> {
            clearStale();
            reload();
        });
        reloadButton.addClassName("av-cr-reload");
        staleBanner.add(new Span(message), reloadButton);
        staleBanner.setVisible(true);
        error(message);
    }

    /** The stale message stays through live reloads (it explains them) until the user reloads or acts. */
    private void clearStale() {
        staleBanner.removeAll();
        staleBanner.setVisible(false);
    }

    // --- live: feed and presence --------------------------------------------------------------

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        join();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        leave();
        super.onDetach(detachEvent);
    }

    /** Subscribes and enters the presence list, once the service has shown the request (members only). */
    private void join() {
        ChangeRequestDetail d = detail;
        Side side = mySide;
        if (d == null || side == null || !isAttached() || feedRegistration != null) {
            return;
        }
        CurrentUser user = me;
        if (user == null) {
            return;
        }
        UI ui = getUI().orElseThrow();
        feedRegistration =
                feed.watch(d.contractId(), d.id(), user.id(), side, update -> deliver(ui, () -> onUpdate(update)));
        presenceLine.enter(ui, d.id(), user.displayName());
    }

    private void leave() {
        if (feedRegistration != null) {
            feedRegistration.remove();
            feedRegistration = null;
        }
        presenceLine.leave();
    }

    private static void deliver(UI ui, Runnable command) {
        try {
            ui.access(command::run);
        } catch (UIDetachedException e) {
            // the screen closed meanwhile: its detach removes the registrations
        }
    }

    /**
     * A live update (docs/decisions/0029), applied in memory: a comment or a note is appended; a change of the
     * request (or an acceptance that may outdate it) brings the request as read once for all its screens, from
     * which this screen takes its own reading (what it may do, whose turn it is) and replaces what changed.
     * Nothing here reads the database.
     */
    void onUpdate(LiveUpdate update) {
        ChangeRequestDetail d = detail;
        if (d == null || !isAttached()) {
            return;
        }
        switch (update) {
            case LiveUpdate.CommentAdded added -> {
                if (!added.event().changeRequestId().equals(d.id())) {
                    return;
                }
                CommentView comment = added.comment();
                if (discussion != null) {
                    discussion.append(comment);
                }
                if (timeline != null) {
                    timeline.append(new TimelineEntry(
                            TimelineEntry.Kind.COMMENT,
                            comment.postedAt(),
                            comment.side(),
                            comment.authorName(),
                            0,
                            comment.text(),
                            null));
                }
                tellWhoActed(added.event(), comment.authorName());
            }
            case LiveUpdate.AccessEnded ended -> {
                if (ended.changeRequestId().equals(d.id())) {
                    showAccessEnded();
                }
            }
            case LiveUpdate.NoteAdded added -> {
                // the feed sends a side's notes to that side only; checked again, a note never shows elsewhere
                InternalNotePosted note = added.note();
                if (note.changeRequestId().equals(d.id()) && note.side() == mySide && notes != null) {
                    notes.append(note.note());
                }
            }
            case LiveUpdate.Changed changed -> {
                if (apply(changed.snapshot())
                        && changed.event().changeRequestId().equals(d.id())) {
                    tellWhoActed(changed.event(), changed.snapshot().actorName());
                }
            }
            case LiveUpdate.Reread reread -> apply(reread.snapshot());
        }
    }

    /** The request as this screen's person reads it in {@code snapshot}; false when nothing was shown. */
    private boolean apply(LiveSnapshot snapshot) {
        ChangeRequestDetail d = detail;
        CurrentUser user = me;
        if (d == null || user == null || !snapshot.changeRequestId().equals(d.id())) {
            return false;
        }
        Optional<ChangeRequestDetail> mine = snapshot.as(user.id());
        ContractRole role = snapshot.roleOf(user.id()).orElse(null);
        if (mine.isEmpty() || role == null || role.side() != mySide) {
            showAccessEnded();
            return false;
        }
        myRole = role;
        canWriteNotes = role.canEdit();
        show(mine.get(), snapshot.timeline(), snapshot.latestComparison());
        return true;
    }

    private void tellWhoActed(ChangeRequestEvent event, String actorName) {
        CurrentUser user = me;
        if (user == null || !user.id().equals(event.actorId())) {
            Notification notice = liveNotice();
            notice.setText(getTranslation(
                    "changeui.live.updated",
                    actorName.isBlank() ? getTranslation("changeui.live.someone") : actorName));
            notice.open();
        }
    }

    /**
     * The one "X a mis à jour la demande" notice of this screen, shown again for each change: with hundreds of pages
     * open on a request, a new notification per page and per change cost each page components to build, send and
     * later remove.
     */
    private Notification liveNotice() {
        if (liveNotice == null) {
            liveNotice = new Notification();
            liveNotice.setDuration(4000);
            liveNotice.setPosition(Notification.Position.BOTTOM_END);
            liveNotice.addClassName("av-cr-live-notification");
        }
        return liveNotice;
    }

    Optional<ChangeRequestDetail> detail() {
        return Optional.ofNullable(detail);
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
