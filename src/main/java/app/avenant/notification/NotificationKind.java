package app.avenant.notification;

import java.util.Arrays;
import java.util.List;

/** What a notification tells its recipient. */
public enum NotificationKind {
    /** A change request was submitted or revised and the recipient's side has not approved it yet. */
    AWAITS_APPROVAL,
    /** The side that did not write the request revised it: a counter-proposal, to answer. */
    COUNTER_PROPOSAL,
    /** The side that wrote the request revised its own proposal: the new terms are the recipient's to review. */
    REVISED,
    /** The other side commented. */
    COMMENT,
    /** The change request was accepted and produced a new version. */
    ACCEPTED,
    /** The change request was withdrawn (and, in lines written before {@link #REJECTED}, rejected). */
    CLOSED,
    /** The other side rejected the change request (detail: its reason, shortened). */
    REJECTED,
    /** A new revision (by the actor) withdrew the recipient's approval: the new terms are to review. */
    APPROVAL_WITHDRAWN,
    /** The other side named a new contact person (detail: their name; context: their side). */
    CONTACT_PERSON_CHANGED,
    /** The last day to give notice before a tacit renewal is near (detail: that day; context: the reference). */
    NOTICE_DEADLINE,
    /** Service credits reached the contract's penalty cap (detail: the cap; context: the reference). */
    PENALTY_CAP_REACHED,
    /** The other side validated a month's statement: the recipient's side must too (detail: the month, ISO). */
    STATEMENT_TO_VALIDATE,
    /**
     * An action of a review, owned by the recipient, is due within a week or overdue (detail: its description;
     * context: its due date, ISO). Never stored: read from {@code governance} as it is, so it leaves the bell once
     * ticked done (docs/decisions/0032).
     */
    ACTION_DUE,
    /**
     * The PME's owner moved the contract in its life-cycle (detail: the kind of move, a {@code StatusChange.Kind};
     * context: the reason or note, shortened).
     */
    CONTRACT_STATUS_CHANGED,
    /** The provider issued its invoice of a validated month (detail: the month, ISO; context: the invoice's number). */
    INVOICE_ISSUED,
    /**
     * The other side filed a received invoice, checked against the month's statement (detail: the month, ISO;
     * context: the invoice's number, a bar, and the check's verdict).
     */
    INVOICE_RECEIVED,
    /**
     * The other side wrote about a received invoice, or the PME marked it cancelled by a credit note (detail: the
     * month, ISO; context: the invoice's number, followed by "|CANCELLED" for a cancellation).
     */
    INVOICE_REMARK;

    /**
     * True when the recipient is expected to act (approve, answer a counter-proposal): the bell counts these only
     * and lists them under "À faire"; every other kind is for information (docs/decisions/0027).
     */
    public boolean awaitsAction() {
        return switch (this) {
            case AWAITS_APPROVAL, COUNTER_PROPOSAL, REVISED, STATEMENT_TO_VALIDATE, APPROVAL_WITHDRAWN, ACTION_DUE ->
                true;
            case COMMENT,
                    ACCEPTED,
                    CLOSED,
                    REJECTED,
                    CONTACT_PERSON_CHANGED,
                    NOTICE_DEADLINE,
                    PENALTY_CAP_REACHED,
                    CONTRACT_STATUS_CHANGED,
                    INVOICE_ISSUED,
                    INVOICE_RECEIVED,
                    INVOICE_REMARK -> false;
        };
    }

    /** The kinds {@link #awaitsAction() to do}, for queries. */
    public static List<NotificationKind> awaitingAction() {
        return Arrays.stream(values()).filter(NotificationKind::awaitsAction).toList();
    }

    /**
     * The kinds to do about one change request: a recipient has at most one unread line of them per request, worded
     * as the newest event (docs/decisions/0027, "one thing to do, one line").
     */
    public static List<NotificationKind> awaitingActionOnRequest() {
        return Arrays.stream(values())
                .filter(kind -> kind.awaitsAction() && kind.isAboutChangeRequest())
                .toList();
    }

    /** True for the kinds that tell of a change request (and so carry its id and number). */
    public boolean isAboutChangeRequest() {
        return switch (this) {
            case AWAITS_APPROVAL, COUNTER_PROPOSAL, REVISED, COMMENT, ACCEPTED, CLOSED, REJECTED, APPROVAL_WITHDRAWN ->
                true;
            case CONTACT_PERSON_CHANGED,
                    NOTICE_DEADLINE,
                    PENALTY_CAP_REACHED,
                    STATEMENT_TO_VALIDATE,
                    ACTION_DUE,
                    CONTRACT_STATUS_CHANGED,
                    INVOICE_ISSUED,
                    INVOICE_RECEIVED,
                    INVOICE_REMARK -> false;
        };
    }
}
