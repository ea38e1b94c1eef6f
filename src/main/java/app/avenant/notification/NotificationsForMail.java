package app.avenant.notification;

import app.avenant.change.internal.ChangeRequestTitles;
import app.avenant.notification.domain.Notification;
import app.avenant.notification.domain.NotificationRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications as the mail module words them, for any recipient: no caller is signed in when the outbox sends.
 * Only the mail module uses it, and it sends each sentence to that notification's own recipient, after checking
 * that they are still a member of the contract.
 */
@Service
@Transactional(readOnly = true)
public class NotificationsForMail {

    private final NotificationRepository notifications;
    private final Notifications views;
    private final ChangeRequestTitles titles;

    NotificationsForMail(NotificationRepository notifications, Notifications views, ChangeRequestTitles titles) {
        this.notifications = notifications;
        this.views = views;
        this.titles = titles;
    }

    /**
     * The sentences of these notifications in the reader's language, oldest first; those since deleted are left out.
     * A bounded number of queries: the notifications, their actors, their contracts.
     */
    public List<Sentence> sentences(Collection<UUID> notificationIds, Locale locale) {
        if (notificationIds.isEmpty()) {
            return List.of();
        }
        List<Notification> found = notifications.findAllById(notificationIds);
        Map<UUID, UUID> recipients =
                found.stream().collect(Collectors.toMap(Notification::id, Notification::recipientId));
        Map<UUID, String> requestTitles = titles.titles(found.stream()
                .map(Notification::changeRequestId)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        return views.viewsOf(found).stream()
                .map(view -> new Sentence(
                        view.id(),
                        recipients.get(view.id()),
                        view.target().contractId(),
                        view.kind(),
                        NotificationTexts.text(view, locale),
                        view.contractName(),
                        NotificationBell.url(view.target()),
                        view.lastAt(),
                        view.read(),
                        view.target().changeRequestId() == null
                                ? null
                                : requestTitles.get(view.target().changeRequestId())))
                .sorted(Comparator.comparing(Sentence::at))
                .toList();
    }

    /**
     * One notification, worded.
     *
     * @param text         "Léa Bernard a contre-proposé la demande n° 7"
     * @param contractName "AV-2026-001 — Tenue comptable"
     * @param path         the screen it leads to, relative to the portal's address
     * @param read         read in the bell, or (for a thing to do) done since: no longer news to mail
     * @param requestTitle the change request's title, for the kinds about one
     */
    public record Sentence(
            UUID notificationId,
            UUID recipientId,
            UUID contractId,
            NotificationKind kind,
            String text,
            String contractName,
            String path,
            Instant at,
            boolean read,
            @Nullable String requestTitle) {}
}
