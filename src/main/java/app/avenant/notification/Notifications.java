package app.avenant.notification;

import app.avenant.identity.CurrentUser;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import app.avenant.notification.domain.Notification;
import app.avenant.notification.domain.NotificationRepository;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
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
    private final Clock clock;

    Notifications(NotificationRepository notifications, Users users, Clock clock) {
        this.notifications = notifications;
        this.users = users;
        this.clock = clock;
    }

    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(users.currentUser().id());
    }

    /** The newest notifications of the caller (the bell shows a short list). */
    public List<NotificationView> newest(int limit) {
        CurrentUser me = users.currentUser();
        List<Notification> page = notifications.newestFirst(me.id(), PageRequest.of(0, Math.max(1, limit)));
        Map<UUID, UserRef> actors = users.usersByIds(page.stream().map(Notification::actorId)
                .filter(Objects::nonNull).toList());
        return page.stream()
                .map(n -> new NotificationView(n.id(), n.kind(), n.changeRequestNumber(), n.producedVersion(),
                        actorName(n.actorId(), actors), n.createdAt(), n.isRead(), n.target(), n.detail(),
                        n.context()))
                .toList();
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
        notifications.findByIdAndRecipientId(notificationId, users.currentUser().id())
                .ifPresent(n -> n.markRead(clock.instant()));
    }

    @Transactional
    public void markAllRead() {
        notifications.markAllRead(users.currentUser().id(), clock.instant());
    }
}
