package app.avenant.mail.outbox;

import app.avenant.consultation.ConsultationNews;
import app.avenant.identity.InvitationLinkIssued;
import app.avenant.identity.MailAddressee;
import app.avenant.identity.internal.UsersForModules;
import app.avenant.mail.Delivery;
import app.avenant.mail.MailTopic;
import app.avenant.mail.domain.DigestItem;
import app.avenant.mail.domain.DigestItemRepository;
import app.avenant.mail.domain.MailMessage;
import app.avenant.mail.domain.MailMessageRepository;
import app.avenant.notification.NotificationsWritten;
import app.avenant.notification.NotificationsWritten.Written;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts messages in the outbox in the transaction of what they tell (a plain event listener): an action that rolls
 * back leaves no message, and a message exists for every action that committed, even if the mail server is down
 * then. Each notification follows its recipient's choice for its topic: a message now, an item of tomorrow
 * morning's summary, or nothing. It runs inside the action (accepting a request, validating a month), so it reads
 * what it needs for all the action's recipients at once: four queries, whatever their number, then the inserts.
 */
@Component
class MailQueue {

    private final UsersForModules users;
    private final Deliveries deliveries;
    private final MailMessageRepository messages;
    private final DigestItemRepository digestItems;
    private final MailLinks links;
    private final Clock clock;

    MailQueue(
            UsersForModules users,
            Deliveries deliveries,
            MailMessageRepository messages,
            DigestItemRepository digestItems,
            MailLinks links,
            Clock clock) {
        this.users = users;
        this.deliveries = deliveries;
        this.messages = messages;
        this.digestItems = digestItems;
        this.links = links;
        this.clock = clock;
    }

    @EventListener
    void queue(NotificationsWritten event) {
        // an action due is read from governance as it is and never stored, so never mailed
        List<Written> mailable = event.notifications().stream()
                .filter(w -> MailTopic.of(w.kind()).isPresent())
                .toList();
        if (mailable.isEmpty()) {
            return;
        }
        Set<UUID> recipientIds = mailable.stream().map(Written::recipientId).collect(Collectors.toSet());
        // no address, or an account that no longer signs in: nobody to write to
        Map<UUID, MailAddressee> reachable = users.addressees(recipientIds).entrySet().stream()
                .filter(entry -> entry.getValue().reachable())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (reachable.isEmpty()) {
            return;
        }
        Map<UUID, Map<MailTopic, Delivery>> chosen = deliveries.of(reachable.keySet());
        Set<UUID> notificationIds =
                mailable.stream().map(Written::notificationId).collect(Collectors.toSet());
        // counted again before it left: the one message, worded when it leaves, tells the latest
        Set<UUID> waiting = messages.waitingFor(notificationIds);
        Set<DigestItem.Key> gathered = digestItems
                .findAllById(mailable.stream()
                        .map(w -> new DigestItem.Key(w.recipientId(), w.notificationId()))
                        .toList())
                .stream()
                .map(DigestItem::key)
                .collect(Collectors.toSet());
        Instant now = clock.instant();
        for (Written written : mailable) {
            MailAddressee recipient = reachable.get(written.recipientId());
            if (recipient == null) {
                continue;
            }
            MailTopic topic = MailTopic.of(written.kind()).orElseThrow();
            switch (chosen.get(recipient.id()).get(topic)) {
                case IMMEDIATELY -> {
                    if (!waiting.contains(written.notificationId())) {
                        messages.save(MailMessage.notification(
                                recipient.id(),
                                recipient.organisationId(),
                                written.contractId(),
                                written.notificationId(),
                                topic,
                                now));
                    }
                }
                case DAILY -> {
                    DigestItem.Key key = new DigestItem.Key(recipient.id(), written.notificationId());
                    if (!gathered.contains(key)) {
                        digestItems.save(new DigestItem(recipient.id(), written.notificationId(), now));
                    }
                }
                case NEVER -> {
                    // the bell only
                }
            }
        }
    }

    /** A consultation's news, e-mailed to each reachable admin of the provider, in their language. */
    @EventListener
    void queue(ConsultationNews news) {
        users.addressees(news.recipientIds()).values().stream()
                .filter(MailAddressee::reachable)
                .forEach(addressee -> messages.save(MailMessage.consultation(
                        addressee.id(),
                        news.organisationId(),
                        java.util.Objects.requireNonNull(addressee.email()),
                        Letters.consultation(news, addressee.displayName(), links.portal(), addressee.locale()),
                        clock.instant())));
    }

    /** The invitation link, e-mailed to the address the admin gave; worded now, in the admin's language. */
    @EventListener
    void queue(InvitationLinkIssued invitation) {
        messages.save(MailMessage.invitation(
                invitation.organisationId(),
                invitation.email(),
                Letters.invitation(invitation, links.portal()),
                clock.instant()));
    }
}
