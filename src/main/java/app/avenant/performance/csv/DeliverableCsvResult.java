package app.avenant.performance.csv;

import app.avenant.performance.DeliverableInput;
import java.util.List;
import java.util.OptionalInt;

/**
 * A file read: the deliverables it holds, with their line numbers, and everything that could not be read.
 * An import goes ahead only without errors (all or nothing).
 *
 * @param lines  deliverables read, in file order (lines with an error are not among them)
 * @param errors every problem, in file order
 * @param count  non-blank lines after the header, read or not
 */
public record DeliverableCsvResult(List<DeliverableCsvLine> lines, List<DeliverableCsvError> errors, int count) {

    public DeliverableCsvResult {
        lines = List.copyOf(lines);
        errors = List.copyOf(errors);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The batch sent to the service: its index {@code i} is the deliverable of {@link #lineOf(int) line}. */
    public List<DeliverableInput> inputs() {
        return lines.stream().map(DeliverableCsvLine::input).toList();
    }

    /** The file line of the {@code index}-th deliverable of {@link #inputs()}; empty when out of range. */
    public OptionalInt lineOf(int index) {
        return index >= 0 && index < lines.size()
                ? OptionalInt.of(lines.get(index).line())
                : OptionalInt.empty();
    }
}
