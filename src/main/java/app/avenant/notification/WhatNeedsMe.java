package app.avenant.notification;

import app.avenant.consultation.ConsultationSummary;
import app.avenant.consultation.Consultations;
import app.avenant.contract.ContractFilter;
import app.avenant.contract.ContractSummary;
import app.avenant.contract.Contracts;
import app.avenant.contract.NoticeDue;
import app.avenant.performance.Deliverables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home's answer to "what needs me?", across every contract of the caller (issue 15, point 5): what awaits them
 * (requests to approve or answer, statements to validate, their review actions due: the bell's "À faire"), the
 * deliverables overdue per contract, the pilots to decide on, the notice deadlines of the next 90 days, and the consultations of providers that need them. Each part is read through its
 * module's service, which keeps to the caller's own contracts; a bounded number of statements whatever their number.
 */
@Service
@Transactional(readOnly = true)
public class WhatNeedsMe {

    /** How far ahead a notice deadline is worth a line. */
    public static final int NOTICE_DAYS = 90;

    /** How far ahead a pilot's end is worth a line: time to decide whether it goes on. */
    public static final int PILOT_DAYS = 30;

    /** How many things to do are listed; the bell holds the rest. */
    static final int AWAITING = 8;

    private final Notifications notifications;
    private final Deliverables deliverables;
    private final Contracts contracts;
    private final Consultations consultations;

    WhatNeedsMe(
            Notifications notifications, Deliverables deliverables, Contracts contracts, Consultations consultations) {
        this.notifications = notifications;
        this.deliverables = deliverables;
        this.contracts = contracts;
        this.consultations = consultations;
    }

    /** @param count deliverables past their due date and not delivered */
    public record Overdue(UUID contractId, String reference, String title, long count) {}

    /**
     * @param awaiting     the bell's "À faire", newest first (at most {@value #AWAITING})
     * @param overdue  per contract with overdue deliverables, the most first
     * @param notices  running contracts whose notice deadline is within {@value #NOTICE_DAYS} days, soonest first
     * @param pilots   pilots ending within {@value #PILOT_DAYS} days or past their end, soonest first
     * @param consultations before any contract: offers to compare (the PME), an offer to send or a recent decision
     *                 (a provider)
     */
    public record Answer(
            List<NotificationView> awaiting,
            long awaitingTotal,
            List<Overdue> overdue,
            List<NoticeDue> notices,
            List<app.avenant.contract.PilotDue> pilots,
            List<ConsultationSummary> consultations) {

        public boolean nothing() {
            return awaiting.isEmpty()
                    && overdue.isEmpty()
                    && notices.isEmpty()
                    && pilots.isEmpty()
                    && consultations.isEmpty();
        }
    }

    public Answer forMe() {
        Inbox inbox = notifications.inbox(AWAITING);
        long total = notifications.pendingActions().total();
        Map<UUID, Long> late = deliverables.overdueOfMyContracts();
        List<Overdue> overdue = new ArrayList<>();
        if (!late.isEmpty()) {
            Map<UUID, ContractSummary> named = contracts.myContracts(ContractFilter.all(), 0, 500).stream()
                    .collect(Collectors.toMap(ContractSummary::id, Function.identity()));
            late.forEach((id, count) -> {
                ContractSummary c = named.get(id);
                // an ended contract expects no more deliverables
                if (c != null && c.status() != app.avenant.contract.ContractStatus.TERMINATED) {
                    overdue.add(new Overdue(id, c.reference(), c.title(), count));
                }
            });
            overdue.sort(Comparator.comparing(Overdue::count).reversed().thenComparing(Overdue::reference));
        }
        return new Answer(
                inbox.awaitingAction(),
                total,
                overdue,
                contracts.myNoticeDeadlines(NOTICE_DAYS),
                contracts.myPilotsEnding(PILOT_DAYS),
                consultations.needingMe());
    }
}
