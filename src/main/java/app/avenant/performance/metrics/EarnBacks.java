package app.avenant.performance.metrics;

import app.avenant.contract.terms.MeasurementWindow;
import app.avenant.performance.EarnBack;
import app.avenant.performance.MonthFigures;
import app.avenant.performance.SlaResult;
import app.avenant.performance.SlaStatus;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Earn-back (PRODUCT.md, edge rules): a critical level missed in month M, whose terms then set an earn-back target,
 * gets M's credit back on the statement of M+3 when its average over M+1, M+2 and M+3 reaches that target. Each
 * missed month is looked at once, from M+3, so a credit is paid back at most once (docs/decisions/0046).
 * <p>
 * A monthly level needs its three months measured (a month not measured is not a month that reached the target); a
 * quarterly level is assessed once per quarter, so its one assessment in those months is its average. The amount is
 * what the level actually took in M: its credit, scaled down like the month's credits when the penalty cap cut them.
 */
final class EarnBacks {

    private static final int MONTHS_AFTER = 3;

    private EarnBacks() {}

    static List<EarnBack> due(YearMonth month, List<SlaResult> thisMonth, List<MonthFigures> earlier) {
        if (earlier.size() < MONTHS_AFTER) {
            return List.of();
        }
        MonthFigures missed = earlier.get(earlier.size() - MONTHS_AFTER);
        if (!missed.month().equals(month.minusMonths(MONTHS_AFTER))
                || missed.credits().signum() == 0) {
            return List.of();
        }
        List<List<SlaResult>> after = List.of(
                earlier.get(earlier.size() - 2).serviceLevels(),
                earlier.get(earlier.size() - 1).serviceLevels(),
                thisMonth);
        List<EarnBack> paid = new ArrayList<>(1);
        for (SlaResult level : missed.serviceLevels()) {
            BigDecimal target = level.earnBackTargetPercent();
            if (target == null
                    || level.status() != SlaStatus.MISSED
                    || level.credit().signum() == 0) {
                continue;
            }
            Measured measured = measured(level, after);
            if (measured != null && measured.reaches(target)) {
                paid.add(new EarnBack(
                        level.key(), level.metric(), missed.month(), measured.average(), target, taken(level, missed)));
            }
        }
        return paid;
    }

    /** The level's assessed values over the months after the miss. */
    private record Measured(BigDecimal sum, int count) {

        /** Exact: the sum against count × target, no rounded average in between. */
        boolean reaches(BigDecimal target) {
            return sum.compareTo(target.multiply(BigDecimal.valueOf(count))) >= 0;
        }

        BigDecimal average() {
            return sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64).stripTrailingZeros();
        }
    }

    /** Null when there are not enough of them to say. */
    private static @Nullable Measured measured(SlaResult level, List<List<SlaResult>> after) {
        BigDecimal sum = BigDecimal.ZERO;
        int count = 0;
        for (List<SlaResult> month : after) {
            BigDecimal measured = measured(month, level.key());
            if (measured != null) {
                sum = sum.add(measured);
                count++;
            }
        }
        int needed = level.window() == MeasurementWindow.MONTHLY ? MONTHS_AFTER : 1;
        return count < needed ? null : new Measured(sum, count);
    }

    private static @Nullable BigDecimal measured(List<SlaResult> month, String key) {
        for (SlaResult result : month) {
            if (result.key().equals(key)) {
                return result.measuredPercent();
            }
        }
        return null;
    }

    /** The level's credit as the month applied it: all of it, or its share of what the penalty cap left. */
    private static BigDecimal taken(SlaResult level, MonthFigures missed) {
        if (missed.credits().compareTo(missed.creditsUncapped()) >= 0) {
            return level.credit();
        }
        return level.credit().multiply(missed.credits()).divide(missed.creditsUncapped(), 2, RoundingMode.HALF_UP);
    }
}
