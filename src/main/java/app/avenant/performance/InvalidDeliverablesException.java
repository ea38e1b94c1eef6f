package app.avenant.performance;

import java.util.List;

/** A batch with at least one broken rule: nothing of it was stored; every violation is listed. */
public class InvalidDeliverablesException extends RuntimeException {

    private final List<DeliverableViolation> violations;

    public InvalidDeliverablesException(List<DeliverableViolation> violations) {
        super(violations.size() + " invalid field(s): " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<DeliverableViolation> violations() {
        return violations;
    }
}
