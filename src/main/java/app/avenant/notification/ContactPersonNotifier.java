package app.avenant.notification;

import app.avenant.contract.ContractEvent;
import app.avenant.contract.ContractRole;
import app.avenant.contract.internal.ContractsForModules;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import app.avenant.notification.domain.Notification;
import app.avenant.notification.domain.NotificationRepository;
import app.avenant.shared.AfterCommit;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells every member of the other side that a side named a new contact person (their counterpart from now on),
 * in the transaction of the naming itself, like {@link ChangeRequestNotifier}.
 * <p>
 * Only a person's choice is told: when the application itself names a contact person (demo data, the set-up of
 * a contract, {@code namedBy} null) nothing changed for anybody yet, and a burst of notifications about people
 * nobody replaced would teach users to ignore the bell.
 */
@Component
class ContactPersonNotifier {

    private final ContractsForModules contracts;
    private final Users users;
    private final NotificationRepository notifications;
    private final NotificationFeed feed;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactPersonNotifier(
            ContractsForModules contracts,
            Users users,
            NotificationRepository notifications,
            NotificationFeed feed,
            ApplicationEventPublisher events,
            Clock clock) {
        this.contracts = contracts;
        this.events = events;
        this.users = users;
        this.notifications = notifications;
        this.feed = feed;
        this.clock = clock;
    }

    @EventListener
    void record(ContractEvent.ContactPersonNamed event) {
        if (event.namedBy() == null) {
            return;
        }
        Map<UUID, ContractRole> members = contracts.memberRoles(event.contractId());
        List<UUID> otherSide = members.entrySet().stream()
                .filter(member -> member.getValue().side() != event.side())
                .map(Map.Entry::getKey)
                .toList();
        if (otherSide.isEmpty()) {
            return;
        }
        UserRef named = users.usersByIds(Set.of(event.userId())).get(event.userId());
        String name = named != null ? named.displayName() : "?";
        Instant now = clock.instant();
        List<Notification> written = new ArrayList<>();
        for (UUID recipient : otherSide) {
            written.add(notifications.save(Notification.contractAlert(
                    recipient,
                    event.contractId(),
                    NotificationKind.CONTACT_PERSON_CHANGED,
                    event.namedBy(),
                    name,
                    event.side().name(),
                    now)));
        }
        if (!written.isEmpty()) {
            events.publishEvent(NotificationsWritten.of(written));
        }
        AfterCommit.run(() -> feed.changed(otherSide));
    }
}
