package app.avenant.performance.domain;

import app.avenant.contract.terms.Deadline;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.Terms;
import app.avenant.performance.DeliverableInput;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Due dates set by the terms rather than typed: a deliverable recorded with the moment it was requested, of a scope
 * item on which a service level sets a deadline, is due when that deadline says, counted in the level's hours or
 * working days (decision 0053). The terms are those of the version pricing the request's month, so a deadline
 * changed by an amendment applies to what is requested after it.
 */
public final class DueDates {

    private DueDates() {}

    /**
     * @param termsOn the terms in force on a day
     * @return the batch, each deliverable with a deadline due by it; the others as they came
     */
    public static List<DeliverableInput> apply(List<DeliverableInput> batch, Function<LocalDate, Terms> termsOn) {
        List<DeliverableInput> resolved = new ArrayList<>(batch.size());
        for (DeliverableInput input : batch) {
            resolved.add(apply(input, termsOn));
        }
        return resolved;
    }

    public static DeliverableInput apply(DeliverableInput input, Function<LocalDate, Terms> termsOn) {
        LocalDateTime requested = input.requestedAt();
        if (requested == null || input.scopeItemKey() == null) {
            return input;
        }
        Deadline deadline = deadlineOf(termsOn.apply(requested.toLocalDate()), input.scopeItemKey());
        return deadline == null ? input : input.dueBy(deadline.dueAt(requested));
    }

    /** The deadline a level of the terms sets on that scope item (the first level's, should two set one). */
    public static @Nullable Deadline deadlineOf(Terms terms, String scopeItemKey) {
        for (ServiceLevel level : terms.serviceLevels()) {
            Deadline deadline = level.deadline();
            if (deadline != null && deadline.scopeItemKey().equals(scopeItemKey)) {
                return deadline;
            }
        }
        return null;
    }
}
