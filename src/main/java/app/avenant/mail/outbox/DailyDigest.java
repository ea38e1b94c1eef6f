package app.avenant.mail.outbox;

import app.avenant.identity.MailAddressee;
import app.avenant.identity.internal.UsersForModules;
import app.avenant.mail.domain.DigestItem;
import app.avenant.mail.domain.DigestItemRepository;
import app.avenant.mail.domain.MailMessage;
import app.avenant.mail.domain.MailMessageRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
 * Each morning, gathers every person's waiting items into one message of the outbox (worded when it leaves, like
 * any other). Each person in their own transaction: one failure neither stops nor undoes the others, and a second
 * run the same morning finds nothing left to gather.
 */
@Component
public class DailyDigest {

    private static final int PAGE = 500;
    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final DigestItemRepository items;
    private final MailMessageRepository messages;
    private final UsersForModules users;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DailyDigest(
            DigestItemRepository items,
            MailMessageRepository messages,
            UsersForModules users,
            TransactionTemplate transactions,
            Clock clock) {
        this.items = items;
        this.messages = messages;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${avenant.mail.digest-cron:0 0 7 * * *}", zone = "Europe/Paris")
    // one node at a time (decision 0054); held 5 minutes at least, so a node whose clock is behind does not run it
    // again
    @SchedulerLock(name = "daily-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void daily() {
        log.info("Daily e-mail summaries: {} gathered", gather());
    }

    /** @return how many summaries were put in the outbox */
    public int gather() {
        List<UUID> waiting = new ArrayList<>();
        for (int page = 0; ; page++) {
            int number = page;
            List<UUID> found = transactions.execute(status -> items.waitingUsers(PageRequest.of(number, PAGE)));
            waiting.addAll(found);
            if (found.size() < PAGE) {
                break;
            }
        }
        int gathered = 0;
        for (UUID user : waiting) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> gatherFor(user)))) {
                    gathered++;
                }
            } catch (RuntimeException e) {
                log.warn("Daily summary of user {} not gathered: {}", user, e.toString());
            }
        }
        return gathered;
    }

    private boolean gatherFor(UUID userId) {
        List<DigestItem> waiting = items.waitingOf(userId);
        if (waiting.isEmpty()) {
            return false;
        }
        MailAddressee addressee = users.addressees(Set.of(userId)).get(userId);
        if (addressee == null || !addressee.reachable()) {
            items.deleteAll(waiting); // nobody to write to any more
            return false;
        }
        MailMessage message = messages.save(MailMessage.digest(userId, addressee.organisationId(), clock.instant()));
        waiting.forEach(item -> item.gatheredInto(message.id()));
        return true;
    }
}
