package app.avenant.document.pdf;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * The fingerprint an uploaded PDF carries: under its own key in the document information (kept by most tools that
 * sign, stamp or merge a PDF), else in the keywords, else printed in the footer of its first page. A file that is not
 * a PDF, or cannot be read, carries none.
 */
public final class PrintedFingerprint {

    private static final Pattern SHA256 = Pattern.compile("(?<![0-9a-fA-F])[0-9a-fA-F]{64}(?![0-9a-fA-F])");

    private PrintedFingerprint() {}

    /** True when the bytes start as a PDF does, whatever the file was called. */
    public static boolean looksLikePdf(byte[] bytes) {
        // the header may follow a little junk (the specification allows it within the first 1 024 bytes)
        String start = new String(bytes, 0, Math.min(bytes.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
        return start.contains("%PDF-");
    }

    public static Optional<String> of(byte[] pdf) {
        if (!looksLikePdf(pdf)) {
            return Optional.empty();
        }
        PdfReader reader;
        try {
            reader = new PdfReader(pdf);
        } catch (Exception | StackOverflowError unreadable) {
            // a damaged, encrypted or hostile file: it names no version
            return Optional.empty();
        }
        try {
            Optional<String> found = first(reader.getInfo().get(Paper.FINGERPRINT_KEY))
                    .or(() -> first(reader.getInfo().get("Keywords")));
            if (found.isPresent() || reader.getNumberOfPages() == 0) {
                return found;
            }
            return first(new PdfTextExtractor(reader).getTextFromPage(1));
        } catch (Exception | StackOverflowError unreadable) {
            return Optional.empty();
        } finally {
            reader.close();
        }
    }

    private static Optional<String> first(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SHA256.matcher(text);
        return m.find() ? Optional.of(m.group().toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }
}
