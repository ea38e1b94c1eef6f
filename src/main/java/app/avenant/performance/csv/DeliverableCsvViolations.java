package app.avenant.performance.csv;

import app.avenant.performance.DeliverableViolation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The service's verdict on an imported batch, told in the file's terms: a violation of the {@code i}-th
 * deliverable of the batch belongs to the file line that deliverable came from, so the report reads
 * "Ligne 7 — poste : …" like the errors of reading.
 */
public final class DeliverableCsvViolations {

    /** The batch's "same reference higher up (position i)", as a line of the file. */
    public static final String DUPLICATE = "performance.deliverables.csv.duplicate";

    private static final String SERVICE_DUPLICATE = "performance.error.reference.duplicate";

    private DeliverableCsvViolations() {}

    /**
     * Each violation on its line (0 for the batch as a whole), in line order; the column is the service's
     * field name, none for "batch".
     */
    public static List<DeliverableCsvError> onLines(DeliverableCsvResult file, List<DeliverableViolation> violations) {
        List<DeliverableCsvError> errors = new ArrayList<>(violations.size());
        for (DeliverableViolation violation : violations) {
            boolean wholeBatch = "batch".equals(violation.field());
            int line = wholeBatch ? 0 : file.lineOf(violation.index()).orElse(0);
            String column = wholeBatch ? null : violation.field();
            if (SERVICE_DUPLICATE.equals(violation.code()) && !violation.args().isEmpty()) {
                errors.add(new DeliverableCsvError(
                        line,
                        column,
                        DUPLICATE,
                        List.of(String.valueOf(
                                earlierLine(file, violation.args().getFirst())))));
            } else {
                errors.add(new DeliverableCsvError(line, column, violation.code(), violation.args()));
            }
        }
        errors.sort(Comparator.comparingInt(DeliverableCsvError::line));
        return errors;
    }

    private static String earlierLine(DeliverableCsvResult file, String index) {
        try {
            return file.lineOf(Integer.parseInt(index.strip())).stream()
                    .mapToObj(String::valueOf)
                    .findFirst()
                    .orElse(index);
        } catch (NumberFormatException e) {
            return index;
        }
    }
}
