package app.avenant.performance.csv;

import app.avenant.performance.DeliverableInput;
import app.avenant.performance.Deliverables;
import app.avenant.performance.QualityOutcome;
import app.avenant.shared.format.UnreadableNumberException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a deliverables file as French Excel writes it: UTF-8 with or without a byte order mark, semicolons
 * (commas accepted: the header line tells which), a header naming the columns in French or in English,
 * dates {@code dd/MM/yyyy} or {@code yyyy-MM-dd}, decimal commas. Blank lines are skipped but counted, so
 * line numbers are those a spreadsheet shows.
 *
 * <p>Every value that cannot be read is reported with its line and column, and the line is left out; the
 * caller imports nothing while there is any error. Business rules (units &ge; 1, a known scope item, a
 * month not locked…) are the service's, for the form, the file and the API alike.
 *
 * <p>Stateless and thread-safe.
 */
public final class DeliverableCsvReader {

    /** The largest file accepted (the upload refuses bigger ones before they reach the reader). */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final String CODE = "performance.deliverables.csv.";
    public static final String EMPTY = CODE + "empty";
    public static final String NO_LINES = CODE + "noLines";
    public static final String TOO_MANY = CODE + "tooMany";
    public static final String TOO_BIG = CODE + "tooBig";
    public static final String HEADER_MISSING = CODE + "header.missing";
    public static final String HEADER_UNKNOWN = CODE + "header.unknown";
    public static final String HEADER_DUPLICATE = CODE + "header.duplicate";
    public static final String HEADER_REQUIRED = CODE + "header.required";
    public static final String COLUMNS = CODE + "columns";
    public static final String QUOTE = CODE + "quote";
    public static final String REQUIRED = CODE + "required";
    public static final String DATE = CODE + "date";
    public static final String DATE_TIME = CODE + "dateTime";
    public static final String TIME = CODE + "time";
    public static final String TIME_WITHOUT_DAY = CODE + "time.withoutDay";
    public static final String UNITS = CODE + "units";
    public static final String QUALITY = CODE + "quality";
    public static final String COST = CODE + "cost";
    /** A number the file may mean otherwise ({@code 1.040}): the error adds what to write, in French like the file. */
    public static final String SUGGEST = ".suggest";

    /** Excel's own hint on a first line, {@code sep=;}, which some exports add. */
    private static final Pattern SEPARATOR_HINT = Pattern.compile("(?i)\\s*sep=(.)\\s*");

    private final int maxLines;

    public DeliverableCsvReader() {
        this(Deliverables.MAX_IMPORT);
    }

    /** With another limit on lines, for tests. */
    DeliverableCsvReader(int maxLines) {
        this.maxLines = maxLines;
    }

    public DeliverableCsvResult read(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return failed(DeliverableCsvError.of(0, null, TOO_BIG, MAX_BYTES / (1024 * 1024)), 0);
        }
        List<String> lines = DeliverableCsvText.lines(DeliverableCsvText.decode(bytes));
        int headerAt = nextFilled(lines, 0);
        if (headerAt < 0) {
            return failed(DeliverableCsvError.of(0, null, EMPTY), 0);
        }
        char separator;
        Matcher hint = SEPARATOR_HINT.matcher(lines.get(headerAt));
        if (hint.matches()) {
            separator = hint.group(1).charAt(0);
            headerAt = nextFilled(lines, headerAt + 1);
            if (headerAt < 0) {
                return failed(DeliverableCsvError.of(0, null, EMPTY), 0);
            }
        } else {
            separator = DeliverableCsvText.separatorOf(lines.get(headerAt));
        }

        List<Integer> dataLines = new ArrayList<>();
        for (int i = headerAt + 1; i < lines.size(); i++) {
            if (!DeliverableCsvText.isBlank(lines.get(i), separator)) {
                dataLines.add(i);
            }
        }
        List<DeliverableCsvError> errors = new ArrayList<>();
        Header header = header(lines.get(headerAt), headerAt + 1, separator, errors);
        if (header == null) {
            return new DeliverableCsvResult(List.of(), errors, dataLines.size());
        }
        if (dataLines.isEmpty()) {
            return failed(DeliverableCsvError.of(headerAt + 1, null, NO_LINES), 0);
        }
        if (dataLines.size() > maxLines) {
            return failed(DeliverableCsvError.of(0, null, TOO_MANY, dataLines.size(), maxLines), dataLines.size());
        }
        List<DeliverableCsvLine> read = new ArrayList<>();
        for (int index : dataLines) {
            line(lines.get(index), index + 1, separator, header, errors).ifPresent(read::add);
        }
        return new DeliverableCsvResult(read, errors, dataLines.size());
    }

    private static DeliverableCsvResult failed(DeliverableCsvError error, int count) {
        return new DeliverableCsvResult(List.of(), List.of(error), count);
    }

    private static int nextFilled(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).replace('\uFEFF', ' ').isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** Where each column is in the lines: position → column; null positions are ignored (blank header). */
    private record Header(List<@Nullable DeliverableCsvColumn> positions) {

        int width() {
            return positions.size();
        }
    }

    private static @Nullable Header header(
            String text, int lineNumber, char separator, List<DeliverableCsvError> errors) {
        List<String> cells = DeliverableCsvText.fields(text.replace("\uFEFF", ""), separator);
        if (cells == null) {
            errors.add(DeliverableCsvError.of(lineNumber, null, QUOTE));
            return null;
        }
        while (!cells.isEmpty() && cells.getLast().isBlank()) {
            cells.removeLast();
        }
        List<@Nullable DeliverableCsvColumn> positions = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Map<DeliverableCsvColumn, Boolean> seen = new EnumMap<>(DeliverableCsvColumn.class);
        boolean english = false;
        for (String cell : cells) {
            String key = DeliverableCsvText.key(cell);
            if (key.isEmpty()) {
                positions.add(null);
                continue;
            }
            Optional<DeliverableCsvColumn> column = DeliverableCsvColumn.named(key);
            if (column.isEmpty()) {
                unknown.add(cell);
                positions.add(null);
                continue;
            }
            if (seen.put(column.get(), true) != null) {
                errors.add(DeliverableCsvError.of(lineNumber, null, HEADER_DUPLICATE, cell));
            }
            english |= key.equals(column.get().englishName())
                    && !key.equals(column.get().frenchName());
            positions.add(column.get());
        }
        if (seen.isEmpty()) {
            // not a header at all (the first line is data, or another file)
            errors.add(DeliverableCsvError.of(
                    lineNumber,
                    null,
                    HEADER_MISSING,
                    DeliverableCsvColumn.frenchHeader(';'),
                    DeliverableCsvColumn.englishHeader(',')));
            return null;
        }
        for (String cell : unknown) {
            errors.add(DeliverableCsvError.of(lineNumber, null, HEADER_UNKNOWN, cell));
        }
        boolean inEnglish = english;
        List<String> missing = DeliverableCsvColumn.all().stream()
                .filter(c -> c.required() && !seen.containsKey(c))
                .map(c -> inEnglish ? c.englishName() : c.frenchName())
                .toList();
        if (!missing.isEmpty()) {
            errors.add(DeliverableCsvError.of(lineNumber, null, HEADER_REQUIRED, String.join(", ", missing)));
        }
        return errors.isEmpty() ? new Header(positions) : null;
    }

    private static Optional<DeliverableCsvLine> line(
            String text, int lineNumber, char separator, Header header, List<DeliverableCsvError> errors) {
        List<String> fields = DeliverableCsvText.fields(text, separator);
        if (fields == null) {
            errors.add(DeliverableCsvError.of(lineNumber, null, QUOTE));
            return Optional.empty();
        }
        while (fields.size() > header.width() && fields.getLast().isBlank()) {
            fields.removeLast();
        }
        if (fields.size() > header.width() || missesRequired(fields.size(), header)) {
            errors.add(DeliverableCsvError.of(lineNumber, null, COLUMNS, header.width(), fields.size()));
            return Optional.empty();
        }
        Map<DeliverableCsvColumn, String> values = new EnumMap<>(DeliverableCsvColumn.class);
        for (int i = 0; i < header.width(); i++) {
            DeliverableCsvColumn column = header.positions().get(i);
            if (column != null) {
                values.put(column, i < fields.size() ? fields.get(i) : "");
            }
        }
        Values line = new Values(lineNumber, values, errors);
        String reference = line.required(DeliverableCsvColumn.REFERENCE, Optional::of);
        String scopeItem = line.required(DeliverableCsvColumn.SCOPE_ITEM, Optional::of);
        LocalDateTime requestedAt = line.optional(DeliverableCsvColumn.REQUESTED_AT, DeliverableCsvValues::dateTime);
        // with the request's time, a deadline of the terms may compute the due date: the service says if not
        LocalDate dueDate = requestedAt != null
                ? line.optional(DeliverableCsvColumn.DUE_DATE, DeliverableCsvValues::date)
                : line.required(DeliverableCsvColumn.DUE_DATE, DeliverableCsvValues::date);
        LocalDate deliveredOn = line.optional(DeliverableCsvColumn.DELIVERED_ON, DeliverableCsvValues::date);
        LocalTime deliveredTime = line.optional(DeliverableCsvColumn.DELIVERED_TIME, DeliverableCsvValues::time);
        if (deliveredTime != null && deliveredOn == null) {
            line.fail(DeliverableCsvColumn.DELIVERED_TIME, TIME_WITHOUT_DAY);
        }
        Long units = line.required(DeliverableCsvColumn.UNITS, DeliverableCsvValues::units);
        QualityOutcome quality = line.optional(DeliverableCsvColumn.QUALITY, DeliverableCsvValues::quality);
        BigDecimal cost = line.optional(DeliverableCsvColumn.COST, DeliverableCsvValues::cost);
        if (line.failed
                || reference == null
                || scopeItem == null
                || (dueDate == null && requestedAt == null)
                || units == null) {
            return Optional.empty();
        }
        DeliverableInput input = new DeliverableInput(reference, scopeItem, dueDate, deliveredOn, units, quality, cost)
                .withTimes(
                        requestedAt,
                        deliveredOn == null || deliveredTime == null ? null : deliveredOn.atTime(deliveredTime));
        return Optional.of(new DeliverableCsvLine(lineNumber, input));
    }

    /** A short line is fine while only optional columns (delivery, quality, cost) are left out. */
    private static boolean missesRequired(int fieldCount, Header header) {
        for (int i = fieldCount; i < header.width(); i++) {
            DeliverableCsvColumn column = header.positions().get(i);
            if (column != null && column.required()) {
                return true;
            }
        }
        return false;
    }

    /** The values of one line, typed one by one; every failure is reported, then the line is dropped. */
    private static final class Values {
        private final int lineNumber;
        private final Map<DeliverableCsvColumn, String> texts;
        private final List<DeliverableCsvError> errors;
        boolean failed;

        Values(int lineNumber, Map<DeliverableCsvColumn, String> texts, List<DeliverableCsvError> errors) {
            this.lineNumber = lineNumber;
            this.texts = texts;
            this.errors = errors;
        }

        <T> @Nullable T required(DeliverableCsvColumn column, Function<String, Optional<T>> parser) {
            String text = texts.getOrDefault(column, "");
            if (text.isBlank()) {
                fail(column, REQUIRED);
                return null;
            }
            return parse(column, text, parser);
        }

        <T> @Nullable T optional(DeliverableCsvColumn column, Function<String, Optional<T>> parser) {
            String text = texts.getOrDefault(column, "");
            return text.isBlank() ? null : parse(column, text, parser);
        }

        private <T> @Nullable T parse(DeliverableCsvColumn column, String text, Function<String, Optional<T>> parser) {
            Optional<T> value;
            try {
                value = parser.apply(text.strip());
            } catch (UnreadableNumberException e) {
                String code = column == DeliverableCsvColumn.UNITS ? UNITS : COST;
                if (e.suggestions().isEmpty()) {
                    fail(column, code, text.strip());
                } else {
                    fail(column, code + SUGGEST, text.strip(), e.suggestionText(Locale.FRANCE));
                }
                return null;
            }
            if (value.isEmpty()) {
                fail(
                        column,
                        switch (column) {
                            case DUE_DATE, DELIVERED_ON -> DATE;
                            case REQUESTED_AT -> DATE_TIME;
                            case DELIVERED_TIME -> TIME;
                            case UNITS -> UNITS;
                            case QUALITY -> QUALITY;
                            case COST -> COST;
                            case REFERENCE, SCOPE_ITEM -> REQUIRED;
                        },
                        text.strip());
                return null;
            }
            return value.get();
        }

        void fail(DeliverableCsvColumn column, String code, Object... args) {
            failed = true;
            errors.add(DeliverableCsvError.of(lineNumber, column, code, args));
        }
    }
}
