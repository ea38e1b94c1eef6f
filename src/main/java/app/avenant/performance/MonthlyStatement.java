package app.avenant.performance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The month's statement as both sides see it.
 *
 * @param figures     the priced month
 * @param status      of the current (last) revision
 * @param revisions   oldest first; the last is the current one
 * @param monthEnded  only an ended month can be validated
 * @param measurements the measured percentage recorded per service level key for this month
 */
public record MonthlyStatement(
        MonthFigures figures,
        StatementStatus status,
        List<StatementRevision> revisions,
        boolean monthEnded,
        Map<String, BigDecimal> measurements) {

    public MonthlyStatement {
        revisions = List.copyOf(revisions);
        measurements = Map.copyOf(measurements);
    }

    public StatementRevision current() {
        return revisions.get(revisions.size() - 1);
    }
}
