package app.avenant.governance.domain;

import app.avenant.governance.MeetingPack.PackPeriod;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** Which months a comité's pack covers: pure, so every edge is unit-tested. */
public final class PackPeriods {

    /** A pack is a look back since the last comité, not a yearly report. */
    public static final int MAX_MONTHS = 12;
    /** Without an earlier held comité: a quarter, the usual cadence. */
    public static final int DEFAULT_MONTHS = 3;

    private PackPeriods() {}

    /**
     * @param reviewMonth        the month the comité takes place
     * @param currentMonth       this month: a comité planned ahead shows what is measured so far
     * @param previousHeldMonth  the month of the last comité held before it, if any
     * @param contractStartMonth the contract's first month: nothing is measured before it
     */
    public static PackPeriod choose(
            YearMonth reviewMonth,
            YearMonth currentMonth,
            @Nullable YearMonth previousHeldMonth,
            YearMonth contractStartMonth) {
        YearMonth to = reviewMonth.isAfter(currentMonth) ? currentMonth : reviewMonth;
        YearMonth from =
                previousHeldMonth != null ? previousHeldMonth.plusMonths(1) : to.minusMonths(DEFAULT_MONTHS - 1L);
        if (from.isBefore(contractStartMonth)) {
            from = contractStartMonth;
        }
        if (from.isBefore(to.minusMonths(MAX_MONTHS - 1L))) {
            from = to.minusMonths(MAX_MONTHS - 1L);
        }
        // the previous comité in the same month, or a contract not started yet: the comité's own month
        if (from.isAfter(to)) {
            from = to;
        }
        return new PackPeriod(from, to);
    }
}
