package app.avenant.notification.domain;

import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.NoticeDeadline;
import app.avenant.contract.terms.Renewal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a contract renewing tacitly must be reminded of its notice deadline (préavis): from 90 days before the
 * last day to give notice, and again from 30 days before. A job that did not run on the exact day catches up
 * on its next run; once within 30 days only the 30-day alert is due (the 90-day one would say less, later).
 * Express renewal needs no reminder: the contract simply ends unless both sides agree again.
 */
public final class NoticeAlertRule {

    public static final int FIRST_ALERT_DAYS = 90;
    public static final int LAST_ALERT_DAYS = 30;

    private NoticeAlertRule() {}

    /** The alert due today for that header, with the deadline it is about (its key), if any. */
    public static Optional<Due> dueOn(ContractHeader header, LocalDate today) {
        if (header.renewal() != Renewal.TACIT) {
            return Optional.empty();
        }
        LocalDate deadline = NoticeDeadline.current(header, today).noticeDeadline();
        long daysLeft = ChronoUnit.DAYS.between(today, deadline);
        if (daysLeft < 0 || daysLeft > FIRST_ALERT_DAYS) {
            return Optional.empty();
        }
        return Optional.of(new Due(
                daysLeft <= LAST_ALERT_DAYS ? ContractAlert.Kind.NOTICE_30 : ContractAlert.Kind.NOTICE_90, deadline));
    }

    /** @param deadline the last day to give notice */
    public record Due(ContractAlert.Kind kind, LocalDate deadline) {}
}
