package app.avenant.governance;

/**
 * A request the governance rules refuse (an empty agenda, an owner who is not a member, a held review's
 * minutes…). {@link #messageKey()} is a translation key the UI shows next to the field.
 */
public class GovernanceRuleException extends RuntimeException {

    private final String messageKey;

    public GovernanceRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
