package app.avenant.notification;

import app.avenant.change.ui.ChangeNavigation;
import app.avenant.contract.ui.ContractNavigation;
import app.avenant.governance.ui.GovernanceNavigation;
import app.avenant.identity.Users;
import app.avenant.performance.ui.PerformanceNavigation;
import app.avenant.shared.RunAs;
import app.avenant.shared.ui.Clicks;
import app.avenant.shared.ui.Routes;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The bell in the navigation bar. It counts only what awaits the reader (an approval, a counter-proposal to
 * answer, a statement to validate, a review action due), updated live while the screen is open; its popup lists that under "À faire", then the rest under
 * "Pour information", each line naming its contract, who did what and when (docs/decisions/0027). Opening a
 * line marks it read, closes the popup and shows its screen.
 */
public class NotificationBell extends Composite<Div> {

    static final int SHOWN = 10;

    private final Notifications notifications;
    private final NotificationFeed feed;
    private final UUID userId;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    final Span badge = new Span();
    final Popover popover = new Popover();
    private final Div list = new Div();
    private @Nullable Registration subscription;
    /**
     * What the badge shows now. A bell is told whenever its person's notifications change, and most changes (a
     * comment, a reply: for information) leave what awaits them as it was: such a telling does not take the
     * screen's lock nor push anything (issue 13, point 3: a comment seen by 500 pages told 375 bells).
     */
    private volatile @Nullable PendingActions shown;

    public NotificationBell(Notifications notifications, NotificationFeed feed, Users users) {
        this.notifications = notifications;
        this.feed = feed;
        this.userId = users.currentUser().id();
        bell.addThemeVariants(ButtonVariant.TERTIARY);
        bell.setAriaLabel(getTranslation("notification.bell"));
        badge.addClassName("av-bell-badge");
        list.addClassName("av-bell-list");
        popover.setTarget(bell);
        // the bell sits at the top right: opening towards the left gives the list the screen's width on a phone
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.addClassName("av-bell-popover");
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                renderList();
            }
        });
        popover.add(list);
        getContent().addClassName("av-bell");
        getContent().add(bell, badge, popover);
        refreshCount();
    }

    /**
     * Told off the committing thread, the bell counts before it takes its screen's lock and then only shows the
     * figure: counting inside the lock made whichever thread next released that lock run the count, and the live
     * update of an open change request, released right after the same commit, reached the browser only once the
     * bell had read the database (docs/decisions/0029). The count reads as the person signed in on this screen.
     */
    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        SecurityContext reader = SecurityContextHolder.getContext();
        subscription = feed.subscribe(userId, () -> RunAs.call(reader, notifications::pendingActions), counted -> {
            if (!counted.equals(shown)) {
                ui.access(() -> show(counted));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    private void refreshCount() {
        show(notifications.pendingActions());
    }

    private void show(PendingActions pendingActions) {
        shown = pendingActions;
        long awaitingAction = pendingActions.total();
        badge.setText(awaitingAction > 99 ? "99+" : Long.toString(awaitingAction));
        badge.setVisible(awaitingAction > 0);
        String what = NotificationTexts.pendingActions(pendingActions, getLocale());
        String count = getTranslation("notification.unread", awaitingAction);
        bell.setTooltipText(what.isEmpty() ? count : getTranslation("notification.unread.what", count, what));
    }

    void renderList() {
        list.removeAll();
        Inbox inbox = notifications.inbox(SHOWN);
        Div pendingActions = group(
                "av-bell-action",
                "notification.group.action",
                "notification.action.none",
                inbox.awaitingAction(),
                inbox.now());
        // the badge's number said in words, as the contract list says its own ("1 demande à traiter")
        String what = NotificationTexts.pendingActions(notifications.pendingActions(), getLocale());
        if (!what.isEmpty()) {
            Paragraph summary = new Paragraph(what);
            summary.addClassName("av-bell-summary");
            pendingActions.addComponentAtIndex(1, summary);
        }
        list.add(pendingActions);
        list.add(group(
                "av-bell-info",
                "notification.group.info",
                "notification.info.none",
                inbox.forInformation(),
                inbox.now()));
        Button all = new Button(getTranslation("notification.markAllRead"), click -> {
            notifications.markAllRead();
            refreshCount();
            renderList();
        });
        all.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        list.add(all);
    }

    private Div group(String className, String titleKey, String emptyKey, List<NotificationView> entries, Instant now) {
        Div group = new Div(new H4(getTranslation(titleKey)));
        group.addClassName(className);
        if (entries.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation(emptyKey));
            none.addClassName("av-bell-none");
            group.add(none);
        }
        for (NotificationView n : entries) {
            group.add(entry(n, now));
        }
        return group;
    }

    private Div entry(NotificationView n, Instant now) {
        Span contract = new Span(n.contractName());
        contract.addClassName("av-bell-contract");
        Span text = new Span(NotificationTexts.text(n, getLocale()));
        text.addClassName("av-bell-text");
        Span when = new Span(
                n.kind() == NotificationKind.ACTION_DUE
                        ? NotificationTexts.due(n, now, getLocale())
                        : NotificationTexts.when(n.lastAt(), now, getLocale()));
        when.addClassName("av-bell-when");
        Div entry = new Div(contract, text, when);
        entry.addClassName("av-bell-entry");
        if (!n.read()) {
            entry.addClassName("av-bell-unread");
        }
        entry.getElement().setAttribute("tabindex", "0");
        Clicks.on(entry, () -> open(n));
        entry.getElement().addEventListener("keydown", e -> open(n)).setFilter("event.key === 'Enter'");
        return entry;
    }

    /** The popup would otherwise stay over the screen the line leads to. */
    private void open(NotificationView n) {
        if (n.kind() != NotificationKind.ACTION_DUE) {
            // an action due stays to do until it is ticked done on its review
            notifications.markRead(n.id());
        }
        refreshCount();
        popover.close();
        getUI().ifPresent(ui -> Routes.navigate(ui, url(n.target())));
    }

    /** The screen an entry leads to, through the owning module's navigation. */
    static String url(NotificationTarget target) {
        return switch (target.screen()) {
            case CHANGE_REQUEST -> ChangeNavigation.request(Objects.requireNonNull(target.changeRequestId()));
            case CONTRACT_HISTORY -> ContractNavigation.history(target.contractId());
            case CONTRACT_TEAM -> ContractNavigation.team(target.contractId());
            case CONTRACT_OVERVIEW -> PerformanceNavigation.overview(target.contractId());
            case CONTRACT_STATEMENT ->
                target.month() == null
                        ? PerformanceNavigation.statement(target.contractId())
                        : PerformanceNavigation.statement(target.contractId(), target.month());
            case REVIEW -> GovernanceNavigation.review(Objects.requireNonNull(target.reviewId()));
            case CONTRACT -> ContractNavigation.workspace(target.contractId());
        };
    }
}
