package app.avenant.performance.csv;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What could not be read in a file.
 *
 * @param line   line number, 1-based; 0 for the file as a whole (an empty file)
 * @param column the input field of the value (reference, scopeItem, dueDate, deliveredOn, units, quality,
 *               cost: the names the service uses in its violations), or null for the whole line
 * @param code   message key in the performance deliverables bundle
 * @param args   message arguments, already as text (the value read, quoted by the message)
 */
public record DeliverableCsvError(int line, @Nullable String column, String code, List<String> args) {

    public DeliverableCsvError {
        args = List.copyOf(args);
    }

    static DeliverableCsvError of(int line, @Nullable DeliverableCsvColumn column, String code, Object... args) {
        return new DeliverableCsvError(
                line,
                column == null ? null : column.field(),
                code,
                Arrays.stream(args).map(String::valueOf).toList());
    }
}
