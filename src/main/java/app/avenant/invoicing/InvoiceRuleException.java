package app.avenant.invoicing;

import java.util.List;

/** An invoice was refused by a rule (month not validated, identity missing, already issued…); nothing was stored. */
public class InvoiceRuleException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;

    public InvoiceRuleException(String messageKey, Object... args) {
        super(messageKey);
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
