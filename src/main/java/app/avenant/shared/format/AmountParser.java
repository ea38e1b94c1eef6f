package app.avenant.shared.format;

import app.avenant.shared.format.UnreadableNumberException.Reason;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for every amount, quantity and percentage a person types (docs/decisions/0022), French first:
 * <ul>
 *     <li>spaces group thousands: plain, no-break (U+00A0), narrow no-break (U+202F), figure and thin
 *     spaces: {@code 1 040}, {@code 1 040,50};</li>
 *     <li>a single comma or a single dot is the decimal separator: {@code 1040,50}, {@code 1040.50},
 *     {@code 1,040} (French for 1,04);</li>
 *     <li>a leading sign and a trailing {@code €} or {@code EUR} are allowed.</li>
 * </ul>
 * Refused, with what to write instead ({@link UnreadableNumberException#suggestions()}): {@code 1.040}
 * (1 040 in German, 1,04 in English), dots or commas grouping thousands ({@code 1.000.000}), and a comma
 * mixed with a dot ({@code 1.000,50}, {@code 1,040.50}). A figure that is read wrongly costs far more than a
 * figure typed twice: an amount multiplied by a thousand is saved without anyone noticing.
 */
public final class AmountParser {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007\\u2009]+");
    private static final Pattern SPACE_GROUPED = Pattern.compile("\\d{1,3}(?: \\d{3})+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** What {@code 1.040} looks like: one to three digits not starting with 0, a dot, exactly three digits. */
    private static final Pattern AMBIGUOUS_DOT = Pattern.compile("[1-9]\\d{0,2}\\.\\d{3}");
    /** {@code 1,040}: 1,04 to a French reader, 1 040 to an English one. Refused on English screens only. */
    private static final Pattern AMBIGUOUS_COMMA = Pattern.compile("[1-9]\\d{0,2},\\d{3}");

    private AmountParser() {}

    /** The number typed, or {@link UnreadableNumberException} saying why not and what to write. */
    public static BigDecimal parse(@Nullable String input) {
        return parse(input, Locale.FRENCH);
    }

    /**
     * As {@link #parse(String)}, for a person reading the screen in {@code locale}. On an English screen
     * {@code 1,040} is refused as ambiguous too: an English reader means 1 040 where the French rule reads
     * 1,04, and an amount divided by a thousand must never be saved silently.
     */
    public static BigDecimal parse(@Nullable String input, Locale locale) {
        String text = input == null ? "" : input;
        String body = SPACES.matcher(text).replaceAll(" ").strip();
        if (body.isEmpty()) {
            throw refused(Reason.EMPTY, text);
        }
        if (body.endsWith("€")) {
            body = body.substring(0, body.length() - 1).strip();
        } else if (body.toUpperCase(Locale.ROOT).endsWith("EUR")) {
            body = body.substring(0, body.length() - 3).strip();
        }
        boolean negative = false;
        if (!body.isEmpty() && (body.charAt(0) == '-' || body.charAt(0) == '+' || body.charAt(0) == '\u2212')) {
            negative = body.charAt(0) != '+';
            body = body.substring(1).strip();
        }
        if (body.isEmpty()) {
            throw refused(Reason.INVALID, text);
        }
        if (commaMayGroup(locale) && AMBIGUOUS_COMMA.matcher(body).matches()) {
            BigDecimal thousands = new BigDecimal(body.replace(",", ""));
            BigDecimal decimal = plain(new BigDecimal(body.replace(',', '.')));
            throw refused(
                    Reason.AMBIGUOUS,
                    text,
                    negative ? List.of(thousands.negate(), decimal.negate()) : List.of(thousands, decimal));
        }
        if (!negative) {
            return unsigned(body, text);
        }
        try {
            return unsigned(body, text).negate();
        } catch (UnreadableNumberException e) {
            throw refused(
                    e.reason(),
                    text,
                    e.suggestions().stream().map(BigDecimal::negate).toList());
        }
    }

    /** A whole number (units, months) under the same rule; {@code 1 040,00} is 1 040, {@code 12,5} is refused. */
    public static long parseWhole(@Nullable String input) {
        return parseWhole(input, Locale.FRENCH);
    }

    /** As {@link #parseWhole(String)}, for a person reading the screen in {@code locale} (see {@link #parse(String, Locale)}). */
    public static long parseWhole(@Nullable String input, Locale locale) {
        BigDecimal value;
        try {
            value = parse(input, locale);
        } catch (UnreadableNumberException e) {
            // 1.040 units can only mean 1 040: suggest it alone
            List<BigDecimal> whole =
                    e.suggestions().stream().filter(AmountParser::isWhole).toList();
            if (whole.size() == e.suggestions().size()) {
                throw e;
            }
            throw refused(whole.isEmpty() ? Reason.NOT_WHOLE : Reason.GROUPING, e.input(), whole);
        }
        if (!isWhole(value)) {
            throw refused(Reason.NOT_WHOLE, input == null ? "" : input);
        }
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw refused(Reason.INVALID, input == null ? "" : input);
        }
    }

    /**
     * {@code value} as the parser reads it back in {@code locale}: thousands grouped by a no-break space, the
     * language's decimal separator (comma in French, dot in English), the value's own decimals.
     */
    public static String write(BigDecimal value, Locale locale) {
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == ',' ? ',' : '.';
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append('\u00A0');
            }
            grouped.append(integer.charAt(i));
        }
        if (dot >= 0) {
            grouped.append(decimal).append(plain, dot + 1, plain.length());
        }
        return (value.signum() < 0 ? "-" : "") + grouped;
    }

    private static BigDecimal unsigned(String body, String input) {
        int commas = count(body, ',');
        int dots = count(body, '.');
        if (commas > 0 && dots > 0) {
            // the old reading (the last separator is the decimal one) is offered, never applied
            char decimal = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
            char group = decimal == ',' ? '.' : ',';
            BigDecimal meant = grouped(body, group, decimal);
            throw refused(
                    meant == null ? Reason.INVALID : Reason.MIXED, input, meant == null ? List.of() : List.of(meant));
        }
        if (commas > 1 || dots > 1) {
            char group = commas > 1 ? ',' : '.';
            BigDecimal meant = grouped(body, group, (char) 0);
            throw refused(
                    meant == null ? Reason.INVALID : Reason.GROUPING,
                    input,
                    meant == null ? List.of() : List.of(meant));
        }
        if (AMBIGUOUS_DOT.matcher(body).matches()) {
            throw refused(
                    Reason.AMBIGUOUS,
                    input,
                    List.of(new BigDecimal(body.replace(".", "")), plain(new BigDecimal(body))));
        }
        BigDecimal value = decimal(body, commas == 1 ? ',' : dots == 1 ? '.' : 0);
        if (value == null) {
            throw refused(Reason.INVALID, input);
        }
        return value;
    }

    /** Spaces group thousands; {@code decimal} (if not 0) separates the fraction. Null when malformed. */
    private static @Nullable BigDecimal decimal(String body, char decimal) {
        String integer = body;
        String fraction = "";
        if (decimal != 0) {
            int at = body.indexOf(decimal);
            integer = body.substring(0, at).strip();
            fraction = body.substring(at + 1).strip();
            if (!DIGITS.matcher(fraction).matches()) {
                return null;
            }
        }
        if (integer.isEmpty() && !fraction.isEmpty()) {
            integer = "0";
        }
        if (!DIGITS.matcher(integer).matches()
                && !SPACE_GROUPED.matcher(integer).matches()) {
            return null;
        }
        return new BigDecimal(integer.replace(" ", "") + (fraction.isEmpty() ? "" : "." + fraction));
    }

    /** What the text would mean with {@code group} grouping thousands: {@code 1.000,50} → 1000.50. */
    private static @Nullable BigDecimal grouped(String body, char group, char decimal) {
        String spaced = body.replace(group, ' ');
        if (decimal != 0 && count(spaced, decimal) != 1) {
            return null;
        }
        return decimal(spaced, decimal);
    }

    /** 1.040 read the English way is written 1,04: the zeros that made it look grouped are dropped. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Languages whose readers group thousands with a comma (their decimal separator is the dot). */
    private static boolean commaMayGroup(Locale locale) {
        return DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() == '.';
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    private static UnreadableNumberException refused(Reason reason, String input) {
        return refused(reason, input, List.of());
    }

    private static UnreadableNumberException refused(Reason reason, String input, List<BigDecimal> suggestions) {
        return new UnreadableNumberException(reason, input, suggestions);
    }
}
