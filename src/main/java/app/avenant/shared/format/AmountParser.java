package app.avenant.shared.format;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads an amount typed by a person, leniently: {@code 1540,5}, {@code 1 540,50} (with a plain, no-break
 * or narrow no-break space), {@code 1540.50}, {@code 1.540,50}, {@code 1,540.50}, with or without a
 * trailing {@code €} and a leading sign.
 *
 * <p>Rules, French first: when both a comma and a dot appear, the last one is the decimal separator and
 * the other groups thousands; a single comma or a single dot is the decimal separator; a separator that
 * appears several times groups thousands. Grouped digits must come in threes. Anything else is refused
 * with an {@link IllegalArgumentException} whose message names the input.
 */
public final class AmountParser {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007\\u2009]+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:G\\d{3})+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private AmountParser() {
    }

    public static BigDecimal parse(@Nullable String input) {
        if (input == null || SPACES.matcher(input).replaceAll("").isEmpty()) {
            throw new IllegalArgumentException("Amount is empty");
        }
        String text = input.strip();
        String compact = text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ')
                .replace('\u2009', ' ').strip();
        if (compact.endsWith("€")) {
            compact = compact.substring(0, compact.length() - 1).strip();
        } else if (compact.toUpperCase(java.util.Locale.ROOT).endsWith("EUR")) {
            compact = compact.substring(0, compact.length() - 3).strip();
        }
        String sign = "";
        if (compact.startsWith("-") || compact.startsWith("+")) {
            sign = compact.startsWith("-") ? "-" : "";
            compact = compact.substring(1).strip();
        }
        if (compact.isEmpty()) {
            throw invalid(input);
        }

        int lastComma = compact.lastIndexOf(',');
        int lastDot = compact.lastIndexOf('.');
        char decimalSeparator;
        char groupSeparator;
        if (lastComma >= 0 && lastDot >= 0) {
            decimalSeparator = lastComma > lastDot ? ',' : '.';
            groupSeparator = decimalSeparator == ',' ? '.' : ',';
        } else if (lastComma >= 0) {
            decimalSeparator = count(compact, ',') == 1 ? ',' : 0;
            groupSeparator = decimalSeparator == 0 ? ',' : 0;
        } else if (lastDot >= 0) {
            decimalSeparator = count(compact, '.') == 1 ? '.' : 0;
            groupSeparator = decimalSeparator == 0 ? '.' : 0;
        } else {
            decimalSeparator = 0;
            groupSeparator = 0;
        }

        String integerPart = compact;
        String fractionPart = "";
        if (decimalSeparator != 0) {
            int at = compact.lastIndexOf(decimalSeparator);
            integerPart = compact.substring(0, at).strip();
            fractionPart = compact.substring(at + 1).strip();
            if (!DIGITS.matcher(fractionPart).matches()) {
                throw invalid(input);
            }
        }
        if (integerPart.isEmpty()) {
            integerPart = "0";
        }
        String digits = integerDigits(integerPart, groupSeparator, input);
        return new BigDecimal(sign + digits + (fractionPart.isEmpty() ? "" : "." + fractionPart));
    }

    private static String integerDigits(String integerPart, char groupSeparator, String input) {
        if (DIGITS.matcher(integerPart).matches()) {
            return integerPart;
        }
        // spaces group thousands; so does the separator that is not the decimal one
        String normalised = integerPart.replace(' ', 'G');
        if (groupSeparator != 0) {
            normalised = normalised.replace(groupSeparator, 'G');
        }
        if (!GROUPED.matcher(normalised).matches()) {
            throw invalid(input);
        }
        return normalised.replace("G", "");
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    private static IllegalArgumentException invalid(String input) {
        return new IllegalArgumentException("Not an amount: \"" + input + "\" (expected for example 1 540,50)");
    }
}
