package app.avenant.change;

import java.util.List;

/**
 * An action the negotiation rules refuse (approving for the other side, rejecting without a reason,
 * revising an accepted request…). {@link #messageKey()} is a translation key, with {@link #args()}.
 */
public class ChangeRuleException extends RuntimeException {

    private final String messageKey;
    private final List<Object> args;

    public ChangeRuleException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
