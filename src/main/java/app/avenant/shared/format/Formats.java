package app.avenant.shared.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/**
 * How Avenant shows numbers, amounts and dates to a person, French first. Amounts and numbers use the
 * JDK's locale data: in French they are grouped with a narrow no-break space (U+202F) and the euro sign
 * follows a no-break space (U+00A0), e.g. {@code 1 540,00 €}; in English {@code €1,540.00}. Dates are
 * {@code dd/MM/yyyy} in both languages; times are shown in Europe/Paris, where every contract lives.
 *
 * <p>Stateless and thread-safe: a formatter is built per call (NumberFormat is not thread-safe).
 */
public final class Formats {

    /** The time zone of every date-time Avenant shows. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final Currency EURO = Currency.getInstance("EUR");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Formats() {}

    /** Euros with two decimals: {@code 1 540,00 €} in French, {@code €1,540.00} in English. */
    public static String money(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(EURO);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(amount);
    }

    /**
     * A unit price in euros: two decimals at least, and those it has up to six ({@code 2,345 €}), so that a price a
     * tenth of a cent apart from another does not read the same.
     */
    public static String unitPrice(BigDecimal price, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(EURO);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(
                Math.max(2, Math.min(6, price.stripTrailingZeros().scale())));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(price);
    }

    /**
     * A percentage given on the 0–100 scale, with at most two decimals: {@code 12 %} or {@code 12,5 %}
     * in French (no-break space before the sign), {@code 12.5%} in English.
     */
    public static String percent(BigDecimal percent, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(percent.divide(HUNDRED));
    }

    /** A decimal such as a seasonal coefficient, with at most {@code maxFractionDigits}: {@code 1,3}. */
    public static String decimal(BigDecimal value, int maxFractionDigits, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(maxFractionDigits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A whole number of units with grouping: {@code 1 040} (French), {@code 1,040} (English). */
    public static String units(long units, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(units);
    }

    /** {@code 26/11/2026}, whatever the language. */
    public static String date(LocalDate date, Locale locale) {
        return DATE.withLocale(locale).format(date);
    }

    /** {@code 26/11/2026 14:05} in the given zone. */
    public static String dateTime(Instant instant, Locale locale, ZoneId zone) {
        return DATE_TIME.withLocale(locale).format(instant.atZone(zone));
    }

    /** {@code 26/11/2026 14:05}: a local time, such as a deliverable's request (the contract's time, France). */
    public static String dateTime(LocalDateTime time, Locale locale) {
        return DATE_TIME.withLocale(locale).format(time);
    }

    /** {@code 26/11/2026 14:05} in Europe/Paris. */
    public static String dateTime(Instant instant, Locale locale) {
        return dateTime(instant, locale, PARIS);
    }
}
