package app.avenant.notification;

import app.avenant.contract.internal.ContractsForModules;
import app.avenant.governance.ActionDue;
import app.avenant.governance.Reviews;
import app.avenant.identity.CurrentUser;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import app.avenant.notification.domain.Notification;
import app.avenant.notification.domain.NotificationRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The caller's own notifications: nobody reads or marks another user's. */
@Service
@Transactional(readOnly = true)
public class Notifications {

    private final NotificationRepository notifications;
    private final Users users;
    private final ContractsForModules contracts;
    private final Reviews reviews;
    private final Clock clock;

    Notifications(
            NotificationRepository notifications,
            Users users,
            ContractsForModules contracts,
            Reviews reviews,
            Clock clock) {
        this.notifications = notifications;
        this.reviews = reviews;
        this.users = users;
        this.contracts = contracts;
        this.clock = clock;
    }

    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(
                users.currentUser().id());
    }

    /**
     * What the bell counts: the caller's unread entries that expect an action from them (0027) and their review
     * actions due within a week or overdue (0032).
     */
    public long awaitingActionCount() {
        return pendingActions().total();
    }

    /**
     * The same count by what is to do: a change request is one thing to do whatever happened on it (one unread
     * line each, docs/decisions/0027), a month's statement another, a review action another.
     */
    public PendingActions pendingActions() {
        long requests = 0;
        long statements = 0;
        for (Object[] row :
                notifications.countUnreadByKind(users.currentUser().id(), NotificationKind.awaitingAction())) {
            long count = ((Number) row[1]).longValue();
            if (row[0] == NotificationKind.STATEMENT_TO_VALIDATE) {
                statements += count;
            } else {
                requests += count;
            }
        }
        return new PendingActions(requests, statements, reviews.countMyActionsDue());
    }

    /** The newest notifications of the caller, of every kind. */
    public List<NotificationView> newest(int limit) {
        CurrentUser me = users.currentUser();
        return views(notifications.newestFirst(me.id(), PageRequest.of(0, Math.max(1, limit))));
    }

    /**
     * The bell's popup: at most {@code limit} review actions due then {@code limit} entries to do, then at most
     * {@code limit} for information; a bounded number of queries whatever the number of entries (the actions, two
     * lists, their actors, their contracts).
     */
    public Inbox inbox(int limit) {
        CurrentUser me = users.currentUser();
        PageRequest page = PageRequest.of(0, Math.max(1, limit));
        List<ActionDue> actions = reviews.myActionsDue(limit);
        List<Notification> awaitingAction =
                notifications.unreadOfKinds(me.id(), NotificationKind.awaitingAction(), page);
        List<Notification> info = notifications.ofOtherKinds(me.id(), NotificationKind.awaitingAction(), page);
        List<NotificationView> views =
                views(Stream.concat(awaitingAction.stream(), info.stream()).toList(), actions);
        int awaitingCount = actions.size() + awaitingAction.size();
        return new Inbox(views.subList(0, awaitingCount), views.subList(awaitingCount, views.size()), clock.instant());
    }

    private List<NotificationView> views(List<Notification> page) {
        return views(page, List.of());
    }

    /** Any recipient's notifications as the bell words them: for {@link NotificationsForMail} only. */
    List<NotificationView> viewsOf(List<Notification> found) {
        return views(found);
    }

    /** The actions due first (the most overdue first), then the notifications in their order. */
    private List<NotificationView> views(List<Notification> page, List<ActionDue> actions) {
        Map<UUID, UserRef> actors = users.usersByIds(page.stream()
                .map(Notification::actorId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Set<UUID> contractIds = Stream.concat(
                        page.stream().map(Notification::contractId),
                        actions.stream().map(ActionDue::contractId))
                .collect(Collectors.toSet());
        Map<UUID, ContractsForModules.Name> names = contractIds.isEmpty() ? Map.of() : contracts.names(contractIds);
        Instant now = clock.instant();
        Stream<NotificationView> due = actions.stream()
                .map(a -> new NotificationView(
                        a.id(),
                        NotificationKind.ACTION_DUE,
                        null,
                        null,
                        "",
                        now,
                        false,
                        NotificationTarget.review(a.contractId(), a.reviewId()),
                        a.description(),
                        a.dueDate().toString(),
                        contractName(names.get(a.contractId())),
                        now,
                        1));
        return Stream.concat(
                        due,
                        page.stream()
                                .map(n -> new NotificationView(
                                        n.id(),
                                        n.kind(),
                                        n.changeRequestNumber(),
                                        n.producedVersion(),
                                        actorName(n.actorId(), actors),
                                        n.createdAt(),
                                        n.isRead(),
                                        n.target(),
                                        n.detail(),
                                        n.context(),
                                        contractName(names.get(n.contractId())),
                                        n.lastAt(),
                                        n.repeatCount())))
                .toList();
    }

    /** "AV-2026-001 — Tenue comptable", or the title alone when the contract has no reference yet. */
    private static String contractName(ContractsForModules.@Nullable Name name) {
        if (name == null) {
            return "";
        }
        return name.reference().isBlank() ? name.title() : name.reference() + " — " + name.title();
    }

    /** Empty when the application itself sent it; "?" for an account since removed. */
    private static String actorName(@Nullable UUID actorId, Map<UUID, UserRef> actors) {
        if (actorId == null) {
            return "";
        }
        UserRef actor = actors.get(actorId);
        return actor != null ? actor.displayName() : "?";
    }

    @Transactional
    public void markRead(UUID notificationId) {
        notifications
                .findByIdAndRecipientId(notificationId, users.currentUser().id())
                .ifPresent(n -> n.markRead(clock.instant()));
    }

    @Transactional
    public void markAllRead() {
        notifications.markAllRead(users.currentUser().id(), clock.instant());
    }
}
