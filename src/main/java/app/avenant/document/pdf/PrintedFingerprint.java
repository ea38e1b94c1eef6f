package app.avenant.document.pdf;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
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

    /**
     * What an uploaded PDF names.
     *
     * @param fingerprints every fingerprint it carries, in order: its metadata's, then those printed on its pages (a
     *                     file put together from several documents carries several); empty when it carries none
     * @param amendment    the amendment's number when the file is one amendment's PDF, else null
     */
    public record Printed(
            List<String> fingerprints, @Nullable Integer amendment) {

        public Printed {
            fingerprints = List.copyOf(fingerprints);
        }

        static final Printed NOTHING = new Printed(List.of(), null);
    }

    /** The pages read for their footers: a contract's PDF has a few; a larger file is read this far. */
    static final int MOST_PAGES = 60;

    public static Optional<String> of(byte[] pdf) {
        return read(pdf).fingerprints().stream().findFirst();
    }

    public static Printed read(byte[] pdf) {
        if (!looksLikePdf(pdf)) {
            return Printed.NOTHING;
        }
        PdfReader reader;
        try {
            reader = new PdfReader(pdf);
        } catch (Exception | StackOverflowError unreadable) {
            // a damaged, encrypted or hostile file: it names no version
            return Printed.NOTHING;
        }
        try {
            Set<String> found = new LinkedHashSet<>();
            Map<String, String> info = reader.getInfo();
            all(info.get(Paper.FINGERPRINT_KEY), found);
            all(info.get("Keywords"), found);
            Set<String> fromMetadata = Set.copyOf(found);
            PdfTextExtractor text = new PdfTextExtractor(reader);
            for (int page = 1; page <= Math.min(reader.getNumberOfPages(), MOST_PAGES); page++) {
                all(text.getTextFromPage(page), found);
            }
            Integer amendment =
                    found.size() == 1 && fromMetadata.containsAll(found) ? number(info.get(Paper.AMENDMENT_KEY)) : null;
            return new Printed(List.copyOf(found), amendment);
        } catch (Exception | StackOverflowError unreadable) {
            return Printed.NOTHING;
        } finally {
            reader.close();
        }
    }

    private static void all(@Nullable String text, Set<String> into) {
        if (text == null) {
            return;
        }
        Matcher m = SHA256.matcher(text);
        while (m.find()) {
            into.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static @Nullable Integer number(@Nullable String text) {
        return text != null && text.matches("\\d{1,6}") ? Integer.valueOf(text) : null;
    }
}
