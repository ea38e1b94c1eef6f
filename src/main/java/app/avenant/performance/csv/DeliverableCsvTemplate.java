package app.avenant.performance.csv;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The model file offered for download: what French Excel opens as columns straight away (UTF-8 with a
 * byte order mark, semicolons, CRLF), the French header, and one example line per scope item given (up
 * to three) so the keys of the contract's items are at hand. The examples' references say what they are.
 */
public final class DeliverableCsvTemplate {

    public static final String FILE_NAME = "livrables-modele.csv";
    public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    private static final int MAX_EXAMPLES = 3;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private DeliverableCsvTemplate() {}

    /**
     * @param scopeItemKeys keys of the contract's current scope items
     * @param today         dates of the examples are taken from it (due at the end of last month)
     */
    public static byte[] content(List<String> scopeItemKeys, LocalDate today) {
        StringBuilder text = new StringBuilder(DeliverableCsvColumn.frenchHeader(';')).append("\r\n");
        LocalDate due = today.withDayOfMonth(1).minusDays(1);
        LocalDate delivered = due.minusDays(2);
        int n = 0;
        for (String key : scopeItemKeys.subList(0, Math.min(MAX_EXAMPLES, scopeItemKeys.size()))) {
            n++;
            text.append(String.join(
                            ";",
                            "EXEMPLE-" + n,
                            quoted(key),
                            DATE.format(due),
                            DATE.format(delivered),
                            "100",
                            "conforme",
                            n == 1 ? "0,00" : "",
                            // the request's and the delivery's times: optional, for a deadline in hours or days
                            n == 1 ? DATE.format(due.minusDays(5)) + " 09:30" : "",
                            n == 1 ? "16:00" : ""))
                    .append("\r\n");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static String quoted(String value) {
        return value.contains(";") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
