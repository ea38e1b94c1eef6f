package app.avenant.invoicing;

import java.util.List;

/**
 * A received invoice was refused whole (nothing was stored): why, as a message key and its arguments, and of which
 * kind, for the API's status.
 */
public class ReceivedInvoiceRefusedException extends RuntimeException {

    public enum Reason {
        /** Not an invoice Avenant can read: not Factur-X, CII or UBL, damaged, a credit note, missing a term. */
        UNREADABLE,
        /** Issued by or to another organisation, or for another contract, or for a month outside the contract. */
        NOT_THIS_CONTRACT,
        /** For another month of the contract than the one it is filed under. */
        OTHER_MONTH,
        /** Already received, or issued in Avenant. */
        DUPLICATE
    }

    private final Reason reason;
    private final String messageKey;
    private final transient List<Object> args;

    public ReceivedInvoiceRefusedException(Reason reason, String messageKey, Object... args) {
        super(messageKey + " " + List.of(args));
        this.reason = reason;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
