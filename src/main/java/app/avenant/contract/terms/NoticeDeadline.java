package app.avenant.contract.terms;

import java.time.LocalDate;

/**
 * When the current term ends and the last day on which notice (préavis) can still be given for it.
 * Every term end is counted from the start date (start + n months − 1 day) rather than from the previous
 * term's end, so month-end starts never drift (a contract starting on 31 January keeps ending on the
 * day before a 31st or the month's last day).
 */
public final class NoticeDeadline {

    private NoticeDeadline() {}

    /**
     * @param termEnd        last day of the current term; with express renewal, the last day of the contract
     * @param noticeDeadline last day on which notice may be given so that the contract ends at {@code termEnd}
     * @param renewalsSoFar  how many tacit renewals have started by then (0 during the initial term)
     */
    public record TermWindow(LocalDate termEnd, LocalDate noticeDeadline, int renewalsSoFar) {

        /** True while notice can still be given for the current term (the deadline day included). */
        public boolean noticeStillPossible(LocalDate today) {
            return !today.isAfter(noticeDeadline);
        }
    }

    /**
     * The term that contains {@code today}: the initial term while it runs (or before the start), then, with
     * tacit renewal, each renewal period in turn. With express renewal the contract ends with its initial term,
     * which is reported even after it has passed. Expects the header of valid terms.
     */
    public static TermWindow current(ContractHeader header, LocalDate today) {
        if (header.initialTermMonths() <= 0 || header.renewalTermMonths() <= 0) {
            throw new IllegalArgumentException("term lengths must be positive: " + header);
        }
        LocalDate start = header.startDate();
        long months = header.initialTermMonths();
        LocalDate termEnd = start.plusMonths(months).minusDays(1);
        int renewals = 0;
        if (header.renewal() == Renewal.TACIT) {
            while (today.isAfter(termEnd)) {
                months += header.renewalTermMonths();
                termEnd = start.plusMonths(months).minusDays(1);
                renewals++;
            }
        }
        return new TermWindow(termEnd, termEnd.minusMonths(header.noticePeriodMonths()), renewals);
    }
}
