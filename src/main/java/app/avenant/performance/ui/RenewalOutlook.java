package app.avenant.performance.ui;

import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.NoticeDeadline;
import app.avenant.contract.terms.Renewal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a contract stands towards the end of its current term, as the overview's renewal card shows it. With
 * tacit renewal the date that matters is the last day to give notice (amber within 90 days, red within 30, then
 * "passed": the contract renews); with express renewal it is the term's end, after which the contract has
 * ended unless both sides agreed again.
 *
 * @param keyDate  the notice deadline (tacit) or the term end (express)
 * @param daysLeft days from today to keyDate (negative once passed)
 */
record RenewalOutlook(
        boolean tacit, LocalDate termEnd, LocalDate noticeDeadline, LocalDate keyDate, long daysLeft, State state) {

    static final int AMBER_DAYS = 90;
    static final int RED_DAYS = 30;

    enum State {
        CALM,
        SOON,
        URGENT,
        PASSED;

        String pillVariant() {
            return switch (this) {
                case CALM -> "success";
                case SOON -> "warning";
                case URGENT, PASSED -> "danger";
            };
        }
    }

    static RenewalOutlook of(ContractHeader header, LocalDate today) {
        NoticeDeadline.TermWindow window = NoticeDeadline.current(header, today);
        boolean tacit = header.renewal() == Renewal.TACIT;
        LocalDate keyDate = tacit ? window.noticeDeadline() : window.termEnd();
        long daysLeft = ChronoUnit.DAYS.between(today, keyDate);
        State state = daysLeft < 0
                ? State.PASSED
                : daysLeft <= RED_DAYS ? State.URGENT : daysLeft <= AMBER_DAYS ? State.SOON : State.CALM;
        return new RenewalOutlook(tacit, window.termEnd(), window.noticeDeadline(), keyDate, daysLeft, state);
    }

    /** The first day of the next term, when the contract renews tacitly. */
    LocalDate renewsOn() {
        return termEnd.plusDays(1);
    }
}
