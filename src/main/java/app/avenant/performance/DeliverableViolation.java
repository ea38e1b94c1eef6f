package app.avenant.performance;

import java.util.List;

/**
 * One broken rule in a batch of deliverables.
 *
 * @param index position in the batch, 0-based (a CSV import shows it as its line number; the API as the
 *              array index; a form has index 0)
 * @param field the input field: reference, scopeItem, dueDate, deliveredOn, units, quality, cost (or
 *              "batch" for the batch as a whole)
 * @param code  message key in the performance bundle, e.g. {@code performance.error.units.negative}
 * @param args  message arguments, already as text
 */
public record DeliverableViolation(int index, String field, String code, List<String> args) {

    public DeliverableViolation {
        args = List.copyOf(args);
    }

    public static DeliverableViolation of(int index, String field, String code, Object... args) {
        return new DeliverableViolation(
                index,
                field,
                code,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
