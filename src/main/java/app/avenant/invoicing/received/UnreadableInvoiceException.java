package app.avenant.invoicing.received;

import java.util.List;

/** A received file that is not an invoice Avenant can read: why, in the reader's words (a message key and its args). */
public class UnreadableInvoiceException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;

    public UnreadableInvoiceException(String messageKey, Object... args) {
        super(messageKey + " " + List.of(args));
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
