package app.avenant.performance.csv;

import app.avenant.performance.QualityOutcome;
import app.avenant.shared.format.AmountParser;
import app.avenant.shared.format.UnreadableNumberException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The values of a line, typed: French first, English accepted. Each method answers empty when the text
 * cannot be read; the caller knows the column and reports it.
 */
final class DeliverableCsvValues {

    /** 31/03/2026 (and 1/3/2026): strict, so 31/02/2026 is refused rather than moved to 28/02. */
    private static final DateTimeFormatter FRENCH_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** 30/04/2026 16:00, 30/04/2026 16h00, 2026-04-30T16:00 or 2026-04-30 16:00: the contract's local time. */
    private static final DateTimeFormatter[] DATE_TIMES = {
        DateTimeFormatter.ofPattern("d/M/uuuu H:mm").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("d/M/uuuu H'h'mm").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm").withResolverStyle(ResolverStyle.STRICT)
    };

    /** 17:00, 9:30, 17h00 or 17h. */
    private static final DateTimeFormatter[] TIMES = {
        DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("H'h'mm").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("H'h'").withResolverStyle(ResolverStyle.STRICT)
    };

    /** Quality as people write it, once {@link DeliverableCsvText#words normalised}. */
    private static final Map<String, QualityOutcome> QUALITIES = Map.ofEntries(
            Map.entry("conforme", QualityOutcome.FIRST_PASS),
            Map.entry("premier passage", QualityOutcome.FIRST_PASS),
            Map.entry("conforme premier passage", QualityOutcome.FIRST_PASS),
            Map.entry("first pass", QualityOutcome.FIRST_PASS),
            Map.entry("reprise", QualityOutcome.AFTER_REWORK),
            Map.entry("apres reprise", QualityOutcome.AFTER_REWORK),
            Map.entry("conforme apres reprise", QualityOutcome.AFTER_REWORK),
            Map.entry("after rework", QualityOutcome.AFTER_REWORK),
            Map.entry("rework", QualityOutcome.AFTER_REWORK),
            Map.entry("rejete", QualityOutcome.REJECTED),
            Map.entry("rejected", QualityOutcome.REJECTED));

    private DeliverableCsvValues() {}

    /** {@code dd/MM/yyyy} as French Excel writes dates, or ISO {@code yyyy-MM-dd}. */
    static Optional<LocalDateTime> dateTime(String text) {
        for (DateTimeFormatter format : DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    static Optional<LocalTime> time(String text) {
        for (DateTimeFormatter format : TIMES) {
            try {
                return Optional.of(LocalTime.parse(text.toLowerCase(Locale.ROOT), format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter format : new DateTimeFormatter[] {FRENCH_DATE, ISO_DATE}) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /**
     * A whole number under the portal's one number rule ({@code 1 040}; {@code 1.040} is refused with a
     * suggestion, see {@link AmountParser}). A sign is read, not judged: a negative number of units is the
     * service's rule to refuse, with the same words on every channel.
     *
     * @throws UnreadableNumberException when the text is not a whole number, with what to write instead
     */
    static Optional<Long> units(String text) {
        return Optional.of(AmountParser.parseWhole(text));
    }

    /**
     * {@code 12,50}, {@code 12.50}, {@code 1 540,00 €}: read as the forms read amounts.
     *
     * @throws UnreadableNumberException when the text is not an amount, with what to write instead
     */
    static Optional<BigDecimal> cost(String text) {
        return Optional.of(AmountParser.parse(text));
    }

    /**
     * {@code conforme}/{@code premier passage}, {@code reprise}/{@code après reprise}, {@code rejeté}, or the
     * English names ({@code FIRST_PASS}, {@code after rework}…), whatever the case and the accents.
     */
    static Optional<QualityOutcome> quality(String text) {
        return Optional.ofNullable(QUALITIES.get(DeliverableCsvText.words(text)));
    }
}
