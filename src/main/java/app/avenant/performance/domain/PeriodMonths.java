package app.avenant.performance.domain;

import java.time.YearMonth;

/** Months are stored as yyyymm integers (period_month): indexable, ordered, the same on H2 and MariaDB. */
public final class PeriodMonths {

    private PeriodMonths() {}

    public static int of(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    public static YearMonth toYearMonth(int periodMonth) {
        return YearMonth.of(periodMonth / 100, periodMonth % 100);
    }
}
