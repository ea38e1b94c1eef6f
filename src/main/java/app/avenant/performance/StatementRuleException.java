package app.avenant.performance;

/** An action the statement's state does not allow; {@code code} is a message key of the performance bundle. */
public class StatementRuleException extends RuntimeException {

    private final String code;

    public StatementRuleException(String code) {
        super(code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
