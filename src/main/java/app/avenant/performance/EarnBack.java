package app.avenant.performance;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * A missed month's service credit paid back on this month's statement: over the three months after the miss, the
 * level's average reached its earn-back target (PRODUCT.md, edge rules). Paid once, on the third month.
 *
 * @param missedMonth    the month whose credit is paid back
 * @param averagePercent the level's average over the three months after it (exact, not rounded)
 * @param targetPercent  the earn-back target of the terms in force in the missed month
 * @param amount         the credit the level took that month, to the cent
 */
public record EarnBack(
        String levelKey,
        String metric,
        YearMonth missedMonth,
        BigDecimal averagePercent,
        BigDecimal targetPercent,
        BigDecimal amount) {}
