package app.avenant.notification;

import app.avenant.contract.ContractDeadlineView;
import app.avenant.contract.internal.ContractsForModules;
import app.avenant.notification.domain.NoticeAlertRule;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminder of notice deadlines (préavis) for contracts renewing tacitly: both contact persons are
 * alerted 90 and 30 days before the last day to give notice, once each per deadline ({@link NoticeAlertRule}).
 * Each contract is handled in its own transaction, so one failure neither stops nor undoes the others.
 */
@Component
public class NoticeDeadlineAlerts {

    static final int PAGE = 200;
    private static final Logger log = LoggerFactory.getLogger(NoticeDeadlineAlerts.class);

    private final ContractsForModules contracts;
    private final ContractAlertSender sender;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NoticeDeadlineAlerts(
            ContractsForModules contracts, ContractAlertSender sender, TransactionTemplate transactions, Clock clock) {
        this.contracts = contracts;
        this.sender = sender;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${avenant.alerts.cron:0 0 7 * * *}", zone = "Europe/Paris")
    // one node at a time (decision 0054); held 5 minutes at least, so a node whose clock is behind does not run it
    // again
    @SchedulerLock(
            name = "notice-alerts",
            lockAtMostFor = "PT30M",
            lockAtLeastFor = "${avenant.alerts.lock-at-least-for:PT5M}")
    void daily() {
        int sent = sendDueAlerts();
        log.info("Notice deadline alerts: {} sent", sent);
    }

    /**
     * Sends today's due notice alerts that were not sent before, as the application itself.
     *
     * @return how many alerts were sent now (one alert reaches both contact persons)
     */
    public int sendDueAlerts() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (int offset = 0; ; offset += PAGE) {
            int from = offset;
            List<ContractDeadlineView> page = contracts.renewalWatch(from, PAGE);
            for (ContractDeadlineView contract : page) {
                if (sendIfDue(contract, today)) {
                    sent++;
                }
            }
            if (page.size() < PAGE) {
                return sent;
            }
        }
    }

    /** One contract's alert; whatever goes wrong for it is logged and the others still get theirs. */
    private boolean sendIfDue(ContractDeadlineView contract, LocalDate today) {
        try {
            return sendIfDueOrFail(contract, today);
        } catch (RuntimeException e) {
            log.warn("Notice alert for contract {} not checked: {}", contract.contractId(), e.toString());
            return false;
        }
    }

    private boolean sendIfDueOrFail(ContractDeadlineView contract, LocalDate today) {
        Optional<NoticeAlertRule.Due> due = NoticeAlertRule.dueOn(contract.header(), today);
        if (due.isEmpty()) {
            return false;
        }
        List<UUID> contacts = new ArrayList<>(2);
        if (contract.clientContactId() != null) {
            contacts.add(contract.clientContactId());
        }
        if (contract.providerContactId() != null) {
            contacts.add(contract.providerContactId());
        }
        String deadline = due.get().deadline().toString();
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> sender.sendOnce(
                    contract.contractId(),
                    due.get().kind(),
                    deadline,
                    contacts,
                    new ContractAlertSender.Message(
                            NotificationKind.NOTICE_DEADLINE, deadline, contract.reference()))));
        } catch (DataAccessException e) {
            // another run sent it at the same moment (the unique key refused the second), or the database
            // failed for this contract only: the next run tries again
            log.warn("Notice alert for contract {} not sent: {}", contract.contractId(), e.getMessage());
            return false;
        }
    }
}
