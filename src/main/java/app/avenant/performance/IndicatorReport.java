package app.avenant.performance;

import java.time.YearMonth;
import java.util.List;

/**
 * The Indicateurs tab for a month or a range.
 *
 * @param months one entry per month of the range, oldest first (months before the contract's first version
 *               are left out)
 * @param totals delivery rates over the whole range
 */
public record IndicatorReport(YearMonth from, YearMonth to, List<MonthFigures> months, DeliveryRates totals) {

    public IndicatorReport {
        months = List.copyOf(months);
    }
}
