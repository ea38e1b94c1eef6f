package app.avenant.performance.ui;

import app.avenant.performance.Indicators;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The months the Indicateurs tab shows, read from {@code ?from=2026-01&to=2026-10}. Without parameters: the
 * last 12 months ending with the current one, never before the contract's start. A single month is
 * {@code from = to} (either parameter alone means that month). Anything the screen cannot show (unreadable
 * month, to before from, a range longer than {@link Indicators#MAX_MONTHS}, months outside the contract's
 * months so far) falls back to the default with a message key saying why: never an error page.
 *
 * @param messageKey why the requested period was replaced, or null
 */
public record IndicatorsPeriod(
        YearMonth from, YearMonth to, @Nullable String messageKey) {

    public static final String FROM = "from";
    public static final String TO = "to";
    public static final int DEFAULT_MONTHS = 12;

    static final String INVALID = "performance.indicators.period.invalid";
    static final String TOO_LONG = "performance.indicators.period.tooLong";

    /**
     * @param parameters the query parameters of the location
     * @param current    the current month (Paris time)
     * @param start      the month the contract starts
     */
    public static IndicatorsPeriod resolve(Map<String, List<String>> parameters, YearMonth current, YearMonth start) {
        @Nullable String from = first(parameters, FROM);
        @Nullable String to = first(parameters, TO);
        if (from == null && to == null) {
            return byDefault(current, start, null);
        }
        YearMonth f;
        YearMonth t;
        try {
            f = YearMonth.parse(from != null ? from : to);
            t = YearMonth.parse(to != null ? to : from);
        } catch (DateTimeParseException e) {
            return byDefault(current, start, INVALID);
        }
        if (t.isBefore(f) || f.isBefore(start) || t.isAfter(last(current, start))) {
            return byDefault(current, start, INVALID);
        }
        if (f.plusMonths(Indicators.MAX_MONTHS).isBefore(t.plusMonths(1))) {
            return byDefault(current, start, TOO_LONG);
        }
        return new IndicatorsPeriod(f, t, null);
    }

    /** The last 12 months ending with the current one, from the contract's start at the earliest. */
    public static IndicatorsPeriod byDefault(YearMonth current, YearMonth start, @Nullable String messageKey) {
        YearMonth to = last(current, start);
        YearMonth from = to.minusMonths(DEFAULT_MONTHS - 1);
        return new IndicatorsPeriod(from.isBefore(start) ? start : from, to, messageKey);
    }

    /** The months the pickers offer, oldest first: from the contract's start to the current month. */
    public static List<YearMonth> choices(YearMonth current, YearMonth start) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = start; !m.isAfter(last(current, start)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public boolean singleMonth() {
        return from.equals(to);
    }

    /** {@code from} first, then {@code to}: the address reads the same every time. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put(FROM, List.of(from.toString()));
        parameters.put(TO, List.of(to.toString()));
        return parameters;
    }

    /** A contract that starts in the future shows its first month (empty) rather than nothing at all. */
    private static YearMonth last(YearMonth current, YearMonth start) {
        return current.isBefore(start) ? start : current;
    }

    private static @Nullable String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty() || values.getFirst().isBlank()) {
            return null;
        }
        return values.getFirst().strip();
    }
}
