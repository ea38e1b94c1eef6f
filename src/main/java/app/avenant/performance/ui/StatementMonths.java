package app.avenant.performance.ui;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which month the statement shows: {@code ?month=2026-10}, by default the last month (the one to validate).
 * A malformed month, or one after the current month (nothing to price yet), falls back to the default.
 */
final class StatementMonths {

    static final String PARAMETER = "month";

    /** How far back the month picker offers (the longest range the indicators cover). */
    static final int PICKER_MONTHS = 36;

    private StatementMonths() {}

    static YearMonth defaultMonth(YearMonth current) {
        return current.minusMonths(1);
    }

    static YearMonth resolve(Optional<String> parameter, YearMonth current) {
        return parameter
                .flatMap(StatementMonths::parse)
                .filter(month -> !month.isAfter(current))
                .orElse(defaultMonth(current));
    }

    static Optional<YearMonth> parse(String text) {
        try {
            return Optional.of(YearMonth.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The picker's months, newest first: the current month back {@link #PICKER_MONTHS}, plus the shown one. */
    static List<YearMonth> choices(YearMonth shown, YearMonth current) {
        List<YearMonth> months = new ArrayList<>(PICKER_MONTHS + 2);
        YearMonth oldest = current.minusMonths(PICKER_MONTHS);
        for (YearMonth m = current; !m.isBefore(oldest); m = m.minusMonths(1)) {
            months.add(m);
        }
        if (shown.isBefore(oldest)) {
            months.add(shown);
        }
        return months;
    }
}
