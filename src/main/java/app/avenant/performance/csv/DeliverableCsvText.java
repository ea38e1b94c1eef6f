package app.avenant.performance.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The text of a file: its characters, its lines, the fields of a line, names compared loosely. */
final class DeliverableCsvText {

    /** What older Excel versions write when told "CSV (séparateur : point-virgule)": not UTF-8. */
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z0-9]+");

    private DeliverableCsvText() {}

    /**
     * UTF-8, with or without a byte order mark. A file that is not valid UTF-8 is read as Windows-1252, so
     * "rejeté" from an older Excel arrives as "rejeté" rather than as replacement characters.
     */
    static String decode(byte[] bytes) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(content)
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, start, bytes.length - start, WINDOWS_1252);
        }
    }

    /** Lines split at CRLF, LF or CR, without their ends; element {@code i} is line {@code i + 1}. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /**
     * The separator of a file, from its header line: a semicolon (French Excel) unless the line holds more
     * commas than semicolons. Separators inside quotes do not count.
     */
    static char separatorOf(String headerLine) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (char c : headerLine.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    /**
     * The fields of one line, RFC 4180 style within the line: a field may be quoted (then it may hold the
     * separator, and {@code ""} stands for a quote). Returns null when a quote is left open: a value
     * spanning lines is not something a deliverables file needs.
     */
    static @Nullable List<String> fields(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString().strip());
        return fields;
    }

    /** True for a line with nothing but separators and spaces (what Excel writes for an empty row). */
    static boolean isBlank(String line, char separator) {
        for (char c : line.toCharArray()) {
            if (c != separator && c != '"' && !Character.isWhitespace(c) && c != '\u00A0' && c != '\u202F') {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code " Échéance "} → {@code "echeance"}, {@code "Livré le"} → {@code "livre_le"}, {@code "Coût (€)"}
     * → {@code "cout"}: accents, case, spaces and punctuation do not matter.
     */
    static String key(String name) {
        String withoutAccents =
                MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String joined =
                NOT_LETTERS.matcher(withoutAccents.toLowerCase(Locale.ROOT)).replaceAll("_");
        int start = joined.startsWith("_") ? 1 : 0;
        int end = joined.endsWith("_") && joined.length() > start ? joined.length() - 1 : joined.length();
        return joined.substring(start, Math.max(start, end));
    }

    /** {@code "Après_reprise"} → {@code "apres reprise"}: for values named in words. */
    static String words(String value) {
        return key(value).replace('_', ' ').strip();
    }
}
