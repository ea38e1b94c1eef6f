package app.avenant.contract.terms;

import java.io.Serial;
import java.util.List;

/** Thrown when terms break one or more rules; carries every violation so that a form can show them all. */
public final class InvalidTermsException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    // terms never cross a Java-serialization boundary; the list itself is an immutable List.copyOf
    @SuppressWarnings("serial")
    private final List<TermsViolation> violations;

    public InvalidTermsException(List<TermsViolation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    public List<TermsViolation> violations() {
        return violations;
    }

    /** The paths and codes of all violations, one per line, for logs (not for people: they get translations). */
    public String message() {
        return describe(violations);
    }

    private static String describe(List<TermsViolation> violations) {
        StringBuilder text =
                new StringBuilder("Invalid terms (").append(violations.size()).append(" violations)");
        for (TermsViolation violation : violations) {
            text.append("\n  ").append(violation);
        }
        return text.toString();
    }
}
