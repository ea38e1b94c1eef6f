package app.avenant.performance.export;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file as French Excel opens it with a double click: UTF-8 with BOM (without it Excel reads Windows-1252
 * and garbles every accent), {@code ;} separator (the comma is the decimal separator in French), decimal comma,
 * no thousands grouping (Excel would take it for text), CRLF. A field is quoted when it holds a separator, a
 * quote or a line break. A text field starting like a formula ({@code = + - @}) is prefixed with an apostrophe
 * so that Excel shows it instead of running it (CSV injection); numbers are written by {@link #decimal} and
 * {@link #integer} and never touched.
 */
final class CsvTable {

    static final char SEPARATOR = ';';
    static final String LINE_END = "\r\n";
    static final String BOM = "\uFEFF";

    private final StringBuilder text = new StringBuilder(BOM);

    CsvTable(String... headers) {
        row((Object[]) headers);
    }

    /** One line: strings are texts, {@link Cell}s are written as they are. */
    CsvTable row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                text.append(SEPARATOR);
            }
            Object field = fields[i];
            text.append(field instanceof Cell cell ? cell.text() : text(String.valueOf(field)));
        }
        text.append(LINE_END);
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 2);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** A field already in its final form (a number): never quoted nor prefixed. */
    record Cell(String text) {}

    /** {@code 1540,5} — plain digits, decimal comma, as many decimals as the value has; empty when null. */
    static Cell decimal(@Nullable BigDecimal value) {
        return new Cell(value == null ? "" : value.toPlainString().replace('.', ','));
    }

    static Cell integer(long value) {
        return new Cell(Long.toString(value));
    }

    /** {@code 2026-10}: sorts as text and Excel leaves it alone. */
    static Cell month(YearMonth month) {
        return new Cell(month.toString());
    }

    static Cell empty() {
        return new Cell("");
    }

    static String text(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(SEPARATOR) >= 0
                || safe.indexOf('"') >= 0
                || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0
                || safe.indexOf(',') >= 0
                || !safe.strip().equals(safe);
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
