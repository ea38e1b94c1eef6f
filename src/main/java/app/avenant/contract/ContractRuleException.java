package app.avenant.contract;

/**
 * A request the contract rules refuse (a role of the wrong side, a user of another organisation, an
 * unknown version…). {@link #messageKey()} is a translation key the UI shows next to the field.
 */
public class ContractRuleException extends RuntimeException {

    private final String messageKey;

    public ContractRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
