package app.avenant.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * What the activity cost the PME in-house before it was outsourced (mistake 1 of the article: outsourcing to cut
 * costs without knowing them). The PME's own figures: its side reads and writes them, the provider never sees them.
 *
 * @param scopeItemKey the scope item whose unit it counts in (its cost per deliverable is compared), or null
 * @param people       people on it, in full-time equivalents (0,5 for half a post)
 * @param staffMonthly what those people cost a month, charges included, in euros
 * @param toolsMonthly software, equipment and premises for it, a month, in euros
 * @param hoursMonthly hours spent on it a month
 * @param unitsMonthly deliverables handled a month (invoices entered, payslips made…), at least 1
 * @param note         how it was estimated, for whoever reads it next year
 */
public record InHouseCost(
        @Nullable String scopeItemKey,
        BigDecimal people,
        BigDecimal staffMonthly,
        BigDecimal toolsMonthly,
        int hoursMonthly,
        long unitsMonthly,
        String note) {

    public static final int NOTE_MAX = 500;

    /** Staff and tools, a month. */
    public BigDecimal monthly() {
        return staffMonthly.add(toolsMonthly).setScale(2, RoundingMode.HALF_UP);
    }

    /** What one deliverable cost in-house: (staff + tools) / units, half-up to the cent. */
    public BigDecimal perUnit() {
        return monthly().divide(BigDecimal.valueOf(unitsMonthly), 2, RoundingMode.HALF_UP);
    }
}
