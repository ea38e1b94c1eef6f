package app.avenant.notification;

import app.avenant.change.ChangeRequestEvent;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Side;
import app.avenant.contract.internal.ContractsForModules;
import app.avenant.notification.domain.Notification;
import app.avenant.notification.domain.NotificationRepository;
import app.avenant.notification.domain.Recipients;
import app.avenant.shared.AfterCommit;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns change-request events into notifications. They are written in the transaction of the action
 * itself (a plain event listener), so an action and its notifications commit or roll back together; open
 * bells are told only after that commit ({@link AfterCommit}).
 * <p>
 * The bell must mean something (docs/decisions/0027): an event repeated on a request while its line is unread
 * is counted on that line; what a side had to do is marked done once that side approved or answered, and
 * everybody's once the request is closed.
 */
@Component
class ChangeRequestNotifier {

    private final ContractsForModules contracts;
    private final NotificationRepository notifications;
    private final NotificationFeed feed;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChangeRequestNotifier(
            ContractsForModules contracts,
            NotificationRepository notifications,
            NotificationFeed feed,
            ApplicationEventPublisher events,
            Clock clock) {
        this.contracts = contracts;
        this.events = events;
        this.notifications = notifications;
        this.feed = feed;
        this.clock = clock;
    }

    @EventListener
    void record(ChangeRequestEvent event) {
        if (event instanceof ChangeRequestEvent.Approved approved && approved.completesTheRequest()) {
            return; // the acceptance published next settles every line and tells everyone: one pass, not two
        }
        Map<UUID, ContractRole> members = contracts.memberRoles(event.contractId());
        Instant now = clock.instant();
        Set<UUID> told = new LinkedHashSet<>(settle(event, members, now));
        Map<UUID, NotificationKind> recipients = Recipients.of(event, members);
        write(event, recipients, now);
        told.addAll(recipients.keySet());
        if (!told.isEmpty()) {
            AfterCommit.run(() -> feed.changed(told));
        }
    }

    /** Marks done what this event settles; returns whose bells changed (at most: it does not count rows). */
    private List<UUID> settle(ChangeRequestEvent event, Map<UUID, ContractRole> members, Instant now) {
        return switch (event) {
            // the actor's side approved or answered: none of them has to approve or answer that revision any more
            case ChangeRequestEvent.Approved e -> settleSide(e, members, NotificationKind.awaitingAction(), now);
            case ChangeRequestEvent.Revised e
            when !e.draft() ->
                settleSide(e, members, List.of(NotificationKind.COUNTER_PROPOSAL, NotificationKind.REVISED), now);
            case ChangeRequestEvent.Accepted e -> settleAll(e, members, now);
            case ChangeRequestEvent.Rejected e -> settleAll(e, members, now);
            case ChangeRequestEvent.Withdrawn e -> settleAll(e, members, now);
            default -> List.of();
        };
    }

    private List<UUID> settleSide(
            ChangeRequestEvent event, Map<UUID, ContractRole> members, List<NotificationKind> kinds, Instant now) {
        ContractRole actorRole = members.get(event.actorId());
        if (actorRole == null) {
            return List.of();
        }
        Side side = actorRole.side();
        List<UUID> sameSide = members.entrySet().stream()
                .filter(member -> member.getValue().side() == side)
                .map(Map.Entry::getKey)
                .toList();
        notifications.markDone(event.changeRequestId(), kinds, sameSide, now);
        return sameSide;
    }

    private List<UUID> settleAll(ChangeRequestEvent event, Map<UUID, ContractRole> members, Instant now) {
        notifications.markDone(event.changeRequestId(), NotificationKind.awaitingAction(), members.keySet(), now);
        return List.copyOf(members.keySet());
    }

    /**
     * One query per kind finds the unread lines to count on; the others are new lines. What is to do on one request
     * is one line per recipient (docs/decisions/0027): a new thing to do on it rewords that line, and any older
     * unread line to do on it (written before this rule) settles into it.
     */
    private void write(ChangeRequestEvent event, Map<UUID, NotificationKind> recipients, Instant now) {
        if (recipients.isEmpty()) {
            return;
        }
        Integer producedVersion =
                event instanceof ChangeRequestEvent.Accepted accepted ? accepted.producedVersion() : null;
        String detail = event instanceof ChangeRequestEvent.Rejected rejected ? Shortened.of(rejected.reason()) : null;
        List<Notification> written = new ArrayList<>();
        Map<NotificationKind, List<UUID>> byKind = new HashMap<>();
        recipients.forEach((userId, kind) ->
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(userId));
        byKind.forEach((kind, users) -> {
            Map<UUID, Notification> unread = new HashMap<>();
            if (kind != NotificationKind.ACCEPTED) {
                List<NotificationKind> sameLine =
                        kind.awaitsAction() ? NotificationKind.awaitingActionOnRequest() : List.of(kind);
                for (Notification n : notifications.unreadOn(event.changeRequestId(), sameLine, users)) {
                    if (unread.putIfAbsent(n.recipientId(), n) != null) {
                        n.markRead(now);
                    }
                }
            }
            for (UUID userId : users) {
                Notification existing = unread.get(userId);
                if (existing != null) {
                    existing.happenedAgain(kind, event.actorId(), now);
                    written.add(existing);
                } else {
                    written.add(notifications.save(new Notification(
                            userId,
                            event.contractId(),
                            event.changeRequestId(),
                            event.number(),
                            producedVersion,
                            kind,
                            event.actorId(),
                            detail,
                            now)));
                }
            }
        });
        events.publishEvent(NotificationsWritten.of(written));
    }
}
