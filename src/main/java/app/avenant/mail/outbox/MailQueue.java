package app.avenant.mail.outbox;

import app.avenant.identity.InvitationLinkIssued;
import app.avenant.identity.MailAddressee;
import app.avenant.identity.internal.UsersForModules;
import app.avenant.mail.MailTopic;
import app.avenant.mail.domain.DigestItem;
import app.avenant.mail.domain.DigestItemRepository;
import app.avenant.mail.domain.MailMessage;
import app.avenant.mail.domain.MailMessageRepository;
import app.avenant.notification.NotificationWritten;
import java.time.Clock;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts messages in the outbox in the transaction of what they tell (a plain event listener): an action that rolls
 * back leaves no message, and a message exists for every action that committed, even if the mail server is down
 * then. Each notification follows its recipient's choice for its topic: a message now, an item of tomorrow
 * morning's summary, or nothing.
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
    void queue(NotificationWritten written) {
        MailTopic topic = MailTopic.of(written.kind()).orElse(null);
        if (topic == null) {
            return;
        }
        MailAddressee recipient =
                users.addressees(Set.of(written.recipientId())).get(written.recipientId());
        if (recipient == null || !recipient.reachable()) {
            return; // no address, or an account that no longer signs in: nobody to write to
        }
        switch (deliveries.of(recipient.id(), topic)) {
            case IMMEDIATELY -> {
                // counted again before it left: the one message, worded when it leaves, tells the latest
                if (!messages.existsByNotificationIdAndStatus(written.notificationId(), MailMessage.Status.PENDING)) {
                    messages.save(MailMessage.notification(
                            recipient.id(),
                            recipient.organisationId(),
                            written.contractId(),
                            written.notificationId(),
                            topic,
                            clock.instant()));
                }
            }
            case DAILY -> {
                DigestItem.Key key = new DigestItem.Key(recipient.id(), written.notificationId());
                if (!digestItems.existsById(key)) {
                    digestItems.save(new DigestItem(recipient.id(), written.notificationId(), clock.instant()));
                }
            }
            case NEVER -> {
                // the bell only
            }
        }
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
