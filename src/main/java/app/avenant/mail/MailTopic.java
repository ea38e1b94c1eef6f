package app.avenant.mail;

import app.avenant.notification.NotificationKind;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What a person chooses e-mail for: the notification kinds grouped as a gérante thinks of them. What awaits the
 * person (an approval, an answer, a statement to validate) leaves immediately by default, the rest in the daily
 * summary (issue 14).
 */
public enum MailTopic {
    /** A request to approve, a counter-proposal or a revision to answer, an approval withdrawn by a revision. */
    TO_APPROVE(
            Delivery.IMMEDIATELY,
            Set.of(
                    NotificationKind.AWAITS_APPROVAL,
                    NotificationKind.COUNTER_PROPOSAL,
                    NotificationKind.REVISED,
                    NotificationKind.APPROVAL_WITHDRAWN)),
    /** A month's statement the other side validated, to validate too; the provider's invoice of a validated one. */
    STATEMENT(
            Delivery.IMMEDIATELY,
            Set.of(
                    NotificationKind.STATEMENT_TO_VALIDATE,
                    NotificationKind.INVOICE_ISSUED,
                    NotificationKind.INVOICE_RECEIVED,
                    NotificationKind.INVOICE_REMARK)),
    /** Accepted (a new version), rejected or withdrawn requests. */
    DECISIONS(Delivery.DAILY, Set.of(NotificationKind.ACCEPTED, NotificationKind.REJECTED, NotificationKind.CLOSED)),
    /** The other side's comments on a request. */
    COMMENTS(Delivery.DAILY, Set.of(NotificationKind.COMMENT)),
    /** A notice deadline near, the penalty cap reached. */
    DEADLINES(Delivery.DAILY, Set.of(NotificationKind.NOTICE_DEADLINE, NotificationKind.PENALTY_CAP_REACHED)),
    /** A new contact person on the other side; the contract started, paused, resumed or ended. */
    CONTACTS(Delivery.DAILY, Set.of(NotificationKind.CONTACT_PERSON_CHANGED, NotificationKind.CONTRACT_STATUS_CHANGED));

    private final Delivery byDefault;
    private final Set<NotificationKind> kinds;

    MailTopic(Delivery byDefault, Set<NotificationKind> kinds) {
        this.byDefault = byDefault;
        this.kinds = kinds;
    }

    public Delivery byDefault() {
        return byDefault;
    }

    /** The topic of a notification kind; an action due is read from governance as it is and never mailed. */
    public static java.util.Optional<MailTopic> of(NotificationKind kind) {
        return Arrays.stream(values())
                .filter(topic -> topic.kinds.contains(kind))
                .findFirst();
    }

    public static List<MailTopic> all() {
        return List.of(values());
    }
}
