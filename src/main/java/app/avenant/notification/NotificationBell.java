package app.avenant.notification;

import app.avenant.change.ui.ChangeNavigation;
import app.avenant.contract.ui.ContractNavigation;
import app.avenant.identity.Users;
import app.avenant.performance.ui.PerformanceNavigation;
import app.avenant.shared.format.Formats;
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
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The bell in the navigation bar: the unread count, updated live while the screen is open, and the newest
 * notifications, each leading to its screen.
 */
public class NotificationBell extends Composite<Div> {

    static final int SHOWN = 10;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Notifications notifications;
    private final NotificationFeed feed;
    private final UUID userId;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    final Span badge = new Span();
    private final Div list = new Div();
    private @Nullable Registration subscription;

    public NotificationBell(Notifications notifications, NotificationFeed feed, Users users) {
        this.notifications = notifications;
        this.feed = feed;
        this.userId = users.currentUser().id();
        bell.addThemeVariants(ButtonVariant.TERTIARY);
        bell.setAriaLabel(getTranslation("notification.bell"));
        badge.addClassName("av-bell-badge");
        list.addClassName("av-bell-list");
        Popover popover = new Popover();
        popover.setTarget(bell);
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

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscription = feed.subscribe(userId, () -> ui.access(this::refreshCount));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    long unread() {
        return notifications.unreadCount();
    }

    private void refreshCount() {
        long unread = unread();
        badge.setText(unread > 99 ? "99+" : Long.toString(unread));
        badge.setVisible(unread > 0);
        bell.setTooltipText(getTranslation("notification.unread", unread));
    }

    void renderList() {
        list.removeAll();
        list.add(new H4(getTranslation("notification.title")));
        List<NotificationView> newest = notifications.newest(SHOWN);
        if (newest.isEmpty()) {
            list.add(new Paragraph(getTranslation("notification.empty")));
            return;
        }
        for (NotificationView n : newest) {
            list.add(entry(n));
        }
        Button all = new Button(getTranslation("notification.markAllRead"), click -> {
            notifications.markAllRead();
            refreshCount();
            renderList();
        });
        all.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        list.add(all);
    }

    private Div entry(NotificationView n) {
        Span text = new Span(NotificationTexts.text(n, getLocale()));
        Span when = new Span(Formats.dateTime(n.createdAt(), getLocale(), PARIS));
        when.addClassName("av-bell-when");
        Div entry = new Div(text, when);
        entry.addClassName("av-bell-entry");
        if (!n.read()) {
            entry.addClassName("av-bell-unread");
        }
        entry.getElement().setAttribute("tabindex", "0");
        entry.addClickListener(click -> open(n));
        entry.getElement().addEventListener("keydown", e -> open(n)).setFilter("event.key === 'Enter'");
        return entry;
    }

    private void open(NotificationView n) {
        notifications.markRead(n.id());
        refreshCount();
        getUI().ifPresent(ui -> Routes.navigate(ui, url(n.target())));
    }

    /** The screen an entry leads to, through the owning module's navigation. */
    static String url(NotificationTarget target) {
        return switch (target.screen()) {
            case CHANGE_REQUEST -> ChangeNavigation.request(Objects.requireNonNull(target.changeRequestId()));
            case CONTRACT_HISTORY -> ContractNavigation.history(target.contractId());
            case CONTRACT_TEAM -> ContractNavigation.team(target.contractId());
            case CONTRACT_OVERVIEW -> PerformanceNavigation.overview(target.contractId());
        };
    }
}
