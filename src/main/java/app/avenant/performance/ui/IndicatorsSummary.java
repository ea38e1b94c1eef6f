package app.avenant.performance.ui;

import app.avenant.performance.IndicatorReport;
import app.avenant.performance.MonthFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The period's figures the report does not total itself: cost per unit over the period against the nominal
 * price the same units would have cost, and the credits due. Pure.
 *
 * @param costPerUnit      Σ total due / Σ billable units, to the cent; null without units, or when several scope
 *                         items are charged
 * @param nominalUnitPrice the months' nominal prices weighted by their units, to the cent; null when no month
 *                         with units has one (a seasonal baseline changes the nominal price from month to month)
 * @param credits          Σ credits due
 * @param hasDeliverables  at least one deliverable was delivered, or one unit billed, in the period
 */
public record IndicatorsSummary(
        @Nullable BigDecimal costPerUnit,
        @Nullable BigDecimal nominalUnitPrice,
        BigDecimal credits,
        boolean hasDeliverables) {

    public static IndicatorsSummary of(IndicatorReport report) {
        List<MonthFigures> months = report.months();
        BigDecimal due = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO.setScale(2);
        BigDecimal nominal = BigDecimal.ZERO;
        long units = 0;
        long nominalUnits = 0;
        boolean delivered = false;
        // units of different scope items are never added (PRODUCT.md, edge rules): with several items charged,
        // cost per deliverable is read item by item on each statement
        boolean oneItem = months.stream().allMatch(m -> m.itemCosts().size() <= 1);
        for (MonthFigures m : months) {
            delivered |= m.rates().delivered() > 0 || m.billableUnits() > 0;
            credits = credits.add(m.credits());
            // a fixed charge paid in a month without units is still paid for the period's units
            due = due.add(m.totalDue());
            // the units of the charged item, as each month's cost per unit counts them
            long counted = m.costUnits() == null ? 0 : m.costUnits();
            units += counted;
            if (counted > 0) {
                BigDecimal price = m.nominalUnitPrice();
                if (price != null) {
                    nominal = nominal.add(price.multiply(BigDecimal.valueOf(counted)));
                    nominalUnits += counted;
                }
            }
        }
        if (!oneItem) {
            return new IndicatorsSummary(null, null, credits, delivered);
        }
        return new IndicatorsSummary(perUnit(due, units), perUnit(nominal, nominalUnits), credits, delivered);
    }

    private static @Nullable BigDecimal perUnit(BigDecimal amount, long units) {
        return units == 0 ? null : amount.divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_UP);
    }
}
