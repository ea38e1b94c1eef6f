package app.avenant.performance.metrics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

import app.avenant.contract.terms.Terms;
import app.avenant.performance.MonthFigures;

/** Prices and measures one month from its aggregates: pure, no Spring, no database. */
public final class MonthCalculator {

    private MonthCalculator() {
    }

    /**
     * @param terms                 the terms of {@code versionNumber}, the version pricing the month
     * @param actuals               per scope item key; items absent had no deliverable (zero units)
     * @param measured              measured percentage per service level key; levels absent were not measured
     * @param creditsConsumedBefore credits of all earlier months (for the contract's penalty cap)
     */
    public static MonthFigures compute(YearMonth month, int versionNumber, Terms terms,
                                       Map<String, ItemActuals> actuals, Map<String, BigDecimal> measured,
                                       BigDecimal creditsConsumedBefore) {
        throw new UnsupportedOperationException("not built yet");
    }
}
