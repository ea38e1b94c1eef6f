package app.avenant.shared.format;

import java.io.Serial;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A typed number that {@link AmountParser} refuses, with why and, when the text could mean a number, what to
 * write instead (docs/decisions/0022). Screens translate {@link #messageKey()} with {@link #args(Locale)}:
 * the text as typed, then each suggestion written the way the parser accepts it in that language.
 */
public final class UnreadableNumberException extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Why the text is refused; each has a message {@code shared.number.<key>} in French and English. */
    public enum Reason {
        /** Nothing typed. */
        EMPTY("empty"),
        /** Not a number at all ({@code 12a}, {@code 1 54,50}). */
        INVALID("invalid"),
        /** {@code 1.040}: 1 040 in German, 1,04 in English. Two suggestions. */
        AMBIGUOUS("ambiguous"),
        /** Dots or commas grouping thousands ({@code 1.000.000}, {@code 1,000,000}). One suggestion. */
        GROUPING("grouping"),
        /** Both a comma and a dot ({@code 1.000,50}, {@code 1,040.50}). One suggestion. */
        MIXED("mixed"),
        /** A fraction where a whole number is expected ({@code 12,5} units). */
        NOT_WHOLE("whole");

        private final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    private final Reason reason;
    private final String input;
    // BigDecimal is serializable and the list an immutable List.copyOf
    @SuppressWarnings("serial")
    private final List<BigDecimal> suggestions;

    UnreadableNumberException(Reason reason, String input, List<BigDecimal> suggestions) {
        super(describe(reason, input, suggestions));
        this.reason = reason;
        this.input = input;
        this.suggestions = List.copyOf(suggestions);
    }

    public Reason reason() {
        return reason;
    }

    /** The text as typed. */
    public String input() {
        return input;
    }

    /** The values the text may have meant, most likely first; empty when it means nothing. */
    public List<BigDecimal> suggestions() {
        return suggestions;
    }

    /** {@code shared.number.<reason>}, in the shared bundle. */
    public String messageKey() {
        return "shared.number." + reason.key;
    }

    /** The input, then each suggestion as {@link AmountParser#write(BigDecimal, Locale)} writes it. */
    public Object[] args(Locale locale) {
        Object[] args = new Object[1 + suggestions.size()];
        args[0] = input.strip();
        for (int i = 0; i < suggestions.size(); i++) {
            args[i + 1] = AmountParser.write(suggestions.get(i), locale);
        }
        return args;
    }

    /** The suggestions as the parser accepts them in {@code locale}, joined by " / " (for single-line reports). */
    public String suggestionText(Locale locale) {
        return String.join(
                " / ",
                suggestions.stream().map(s -> AmountParser.write(s, locale)).toList());
    }

    private static String describe(Reason reason, String input, List<BigDecimal> suggestions) {
        String text = "Not an amount: \"" + input + "\" (" + reason.name().toLowerCase(Locale.ROOT) + ")";
        return suggestions.isEmpty()
                ? text
                : text + ", write "
                        + String.join(
                                " or ",
                                suggestions.stream()
                                        .map(BigDecimal::toPlainString)
                                        .toList());
    }
}
