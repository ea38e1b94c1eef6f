package app.avenant.mail.outbox;

import app.avenant.contract.internal.ContractsForModules;
import app.avenant.identity.MailAddressee;
import app.avenant.identity.internal.UsersForModules;
import app.avenant.mail.Delivery;
import app.avenant.mail.MailTopic;
import app.avenant.mail.domain.DigestItem;
import app.avenant.mail.domain.DigestItemRepository;
import app.avenant.mail.domain.Letter;
import app.avenant.mail.domain.MailMessage;
import app.avenant.mail.domain.MailMessage.Status;
import app.avenant.mail.domain.MailMessageRepository;
import app.avenant.notification.NotificationsForMail;
import app.avenant.notification.NotificationsForMail.Sentence;
import app.avenant.shared.format.Formats;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due in the outbox, each message in its own transaction. A notification or a summary is worded when
 * it leaves, in its recipient's language then, and only with what they may still see: a recipient who left the
 * contract, was suspended or chose "jamais" meanwhile gets nothing. A refusal of the server leaves the message
 * waiting for its next attempt (1, 2, 4… minutes, an hour at most), so nothing is lost while the server is down.
 */
@Component
public class MailDispatcher {

    static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final MailMessageRepository messages;
    private final DigestItemRepository digestItems;
    private final NotificationsForMail notifications;
    private final UsersForModules users;
    private final ContractsForModules contracts;
    private final Deliveries deliveries;
    private final MailTransport transport;
    private final MailLinks links;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MailDispatcher(
            MailMessageRepository messages,
            DigestItemRepository digestItems,
            NotificationsForMail notifications,
            UsersForModules users,
            ContractsForModules contracts,
            Deliveries deliveries,
            MailTransport transport,
            MailLinks links,
            TransactionTemplate transactions,
            Clock clock) {
        this.messages = messages;
        this.digestItems = digestItems;
        this.notifications = notifications;
        this.users = users;
        this.contracts = contracts;
        this.deliveries = deliveries;
        this.transport = transport;
        this.links = links;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${avenant.mail.send-every:PT15S}", initialDelayString = "PT30S")
    // one node at a time (decision 0054); held 5 s at least, so that two nodes sending at the same moment take turns
    @SchedulerLock(name = "mail-dispatch", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
    void scheduled() {
        int sent = dispatchDue();
        if (sent > 0) {
            log.info("E-mail: {} sent ({})", sent, transport.describe());
        }
    }

    /** Sends every message due now, {@link #BATCH} at a time. @return how many left */
    public int dispatchDue() {
        int sent = 0;
        while (true) {
            Instant now = clock.instant();
            List<UUID> due = transactions.execute(status -> messages.dueIds(now, PageRequest.of(0, BATCH)));
            int tried = 0;
            for (UUID id : due) {
                Outcome outcome = attempt(id);
                if (outcome == Outcome.SENT) {
                    sent++;
                }
                tried++;
                if (outcome == Outcome.REFUSED) {
                    // the server is down: the others wait for the next round rather than each time out now
                    return sent;
                }
            }
            if (tried < BATCH) {
                return sent;
            }
        }
    }

    private enum Outcome {
        SENT,
        NOT_SENT,
        REFUSED
    }

    private Outcome attempt(UUID id) {
        try {
            Outcome outcome = transactions.execute(status -> attemptInTransaction(id));
            return Objects.requireNonNullElse(outcome, Outcome.NOT_SENT);
        } catch (RuntimeException e) {
            log.warn("E-mail {} not sent: {}", id, e.toString());
            return Outcome.NOT_SENT;
        }
    }

    private Outcome attemptInTransaction(UUID id) {
        MailMessage message = messages.findById(id).orElse(null);
        if (message == null || message.status() != Status.PENDING) {
            return Outcome.NOT_SENT;
        }
        String unsubscribeUrl = null;
        if (!message.purpose().wordedWhenQueued()) {
            String token = links.newToken();
            unsubscribeUrl = links.unsubscribeUrl(token);
            if (!word(message, unsubscribeUrl, MailLinks.hash(token))) {
                return Outcome.NOT_SENT;
            }
        }
        Instant now = clock.instant();
        try {
            Letter letter = new Letter(
                    Objects.requireNonNull(message.subject()),
                    Objects.requireNonNull(message.textBody()),
                    Objects.requireNonNull(message.htmlBody()));
            String storedAs = transport.send(new OutgoingMail(
                    message.id(), Objects.requireNonNull(message.toAddress()), letter, unsubscribeUrl));
            message.sent(now, storedAs);
            if (message.purpose() == MailMessage.Purpose.INVITATION && !transport.filesOnly()) {
                message.forgetWords();
            }
            if (message.purpose() == MailMessage.Purpose.DIGEST) {
                digestItems.deleteByMessage(message.id());
            }
            return Outcome.SENT;
        } catch (MailTransport.MailRefused refused) {
            message.refused(refused.getMessage(), now);
            log.warn("E-mail {} refused (attempt {}): {}", id, message.attempts(), refused.getMessage());
            return Outcome.REFUSED;
        }
    }

    /** Words a notification or a summary for its recipient as things are now; false when it must not leave. */
    private boolean word(MailMessage message, String unsubscribeUrl, String unsubscribeHash) {
        UUID recipientId = Objects.requireNonNull(message.recipientId());
        MailAddressee addressee = users.addressees(Set.of(recipientId)).get(recipientId);
        if (addressee == null || !addressee.active()) {
            return cancel(message, Status.CANCELLED, "inactive");
        }
        if (addressee.email() == null) {
            return cancel(message, Status.NO_ADDRESS, "no-address");
        }
        Letters.Links links = new Letters.Links(this.links.portal(), unsubscribeUrl);
        Letter letter;
        if (message.purpose() == MailMessage.Purpose.NOTIFICATION) {
            MailTopic topic = Objects.requireNonNull(message.topic());
            if (deliveries.of(recipientId, topic) != Delivery.IMMEDIATELY) {
                return cancel(message, Status.CANCELLED, "preference");
            }
            List<Sentence> sentences = visible(
                    notifications.sentences(
                            List.of(Objects.requireNonNull(message.notificationId())), addressee.locale()),
                    recipientId);
            if (sentences.isEmpty()) {
                return cancel(message, Status.CANCELLED, "not-member");
            }
            if (sentences.getFirst().read()) {
                // approved, answered or validated meanwhile, or already read in the bell: no longer news, and not
                // worth a line in the admin's list either (the usual case, not an anomaly)
                messages.delete(message);
                return false;
            }
            letter = Letters.notification(
                    sentences.getFirst(), addressee.displayName(), topic, links, addressee.locale());
        } else {
            List<UUID> ids = digestItems.findByMessageId(message.id()).stream()
                    .map(DigestItem::notificationId)
                    .toList();
            // a thing to do that was done meanwhile is left out; what happened stays, read or not
            List<Sentence> sentences = visible(notifications.sentences(ids, addressee.locale()), recipientId).stream()
                    .filter(s -> !(s.read() && s.kind().awaitsAction()))
                    .toList();
            if (sentences.isEmpty()) {
                digestItems.deleteByMessage(message.id());
                return cancel(message, Status.CANCELLED, "not-member");
            }
            LocalDate day = LocalDate.ofInstant(clock.instant(), Formats.PARIS);
            letter = Letters.digest(sentences, addressee.displayName(), day, links, addressee.locale());
        }
        message.word(addressee.email(), letter, unsubscribeHash);
        return true;
    }

    /**
     * Only what the recipient may still see: sentences of their own notifications, on contracts they are still a
     * member of (one query per contract, and a summary names few).
     */
    private List<Sentence> visible(List<Sentence> sentences, UUID recipientId) {
        Map<UUID, Boolean> member = new HashMap<>();
        return sentences.stream()
                .filter(s -> s.recipientId().equals(recipientId))
                .filter(s -> member.computeIfAbsent(
                        s.contractId(), id -> contracts.memberRoles(id).containsKey(recipientId)))
                .toList();
    }

    /** @param why the reason's key, which the admin's list words ("not-member": no longer on the contract) */
    private static boolean cancel(MailMessage message, Status reason, String why) {
        message.cancelled(reason, why);
        return false;
    }
}
