package app.avenant.document.attachment;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a file is, told from its bytes and never from its name alone: PDF, images (PNG, JPEG, GIF, WebP, TIFF),
 * office documents (Word, Excel, PowerPoint, OpenDocument; the old binary formats only under their own name) and
 * plain text or CSV. Anything else is refused: programs, web pages and SVG (which run scripts in a browser), archives,
 * and office documents that carry macros.
 *
 * @param mediaType  sent back with the file, so the browser treats it as what it is
 * @param extensions the names it may end with; the first is added to a name that ends with none of them
 */
public record FileKind(String mediaType, List<String> extensions) {

    static final FileKind PDF = new FileKind("application/pdf", List.of("pdf"));
    static final FileKind PNG = new FileKind("image/png", List.of("png"));
    static final FileKind JPEG = new FileKind("image/jpeg", List.of("jpg", "jpeg"));
    static final FileKind GIF = new FileKind("image/gif", List.of("gif"));
    static final FileKind WEBP = new FileKind("image/webp", List.of("webp"));
    static final FileKind TIFF = new FileKind("image/tiff", List.of("tif", "tiff"));
    static final FileKind DOCX =
            new FileKind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"));
    static final FileKind XLSX =
            new FileKind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"));
    static final FileKind PPTX =
            new FileKind("application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx"));
    static final FileKind ODT = new FileKind("application/vnd.oasis.opendocument.text", List.of("odt"));
    static final FileKind ODS = new FileKind("application/vnd.oasis.opendocument.spreadsheet", List.of("ods"));
    static final FileKind ODP = new FileKind("application/vnd.oasis.opendocument.presentation", List.of("odp"));
    static final FileKind DOC = new FileKind("application/msword", List.of("doc"));
    static final FileKind XLS = new FileKind("application/vnd.ms-excel", List.of("xls"));
    static final FileKind PPT = new FileKind("application/vnd.ms-powerpoint", List.of("ppt"));
    static final FileKind TEXT = new FileKind("text/plain; charset=UTF-8", List.of("txt", "md"));
    static final FileKind CSV = new FileKind("text/csv; charset=UTF-8", List.of("csv"));

    private static final Set<String> MARKUP =
            Set.of("<!doctype", "<html", "<script", "<svg", "<?xml", "<iframe", "<body");

    /** The kind of these bytes, or empty for a kind not accepted. {@code name} only chooses among look-alikes. */
    public static Optional<FileKind> of(byte[] bytes, String name) {
        String extension = extensionOf(name);
        if (startsWith(bytes, "%PDF-")) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, "GIF87a") || startsWith(bytes, "GIF89a")) {
            return Optional.of(GIF);
        }
        if (startsWith(bytes, "RIFF")
                && bytes.length >= 12
                && ascii(bytes, 8, 4).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (startsWith(bytes, 'I', 'I', 42, 0) || startsWith(bytes, 'M', 'M', 0, 42)) {
            return Optional.of(TIFF);
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return zipped(bytes);
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            // the old Office container holds installers too: only under an Office name
            return switch (extension) {
                case "doc" -> Optional.of(DOC);
                case "xls" -> Optional.of(XLS);
                case "ppt" -> Optional.of(PPT);
                default -> Optional.empty();
            };
        }
        return text(bytes, extension);
    }

    /** Word, Excel and PowerPoint files and OpenDocument are zip files: told by the names of their parts. */
    private static Optional<FileKind> zipped(byte[] bytes) {
        List<String> names = ZipNames.of(bytes);
        if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).contains("vbaproject.bin"))) {
            return Optional.empty();
        }
        if (!names.isEmpty() && names.getFirst().equals("mimetype")) {
            String type = ZipNames.firstStoredContent(bytes);
            return switch (type) {
                case "application/vnd.oasis.opendocument.text" -> Optional.of(ODT);
                case "application/vnd.oasis.opendocument.spreadsheet" -> Optional.of(ODS);
                case "application/vnd.oasis.opendocument.presentation" -> Optional.of(ODP);
                default -> Optional.empty();
            };
        }
        if (names.contains("[Content_Types].xml")) {
            if (names.contains("word/document.xml")) {
                return Optional.of(DOCX);
            }
            if (names.contains("xl/workbook.xml")) {
                return Optional.of(XLSX);
            }
            if (names.contains("ppt/presentation.xml")) {
                return Optional.of(PPTX);
            }
        }
        return Optional.empty();
    }

    /** UTF-8 text without control characters other than tabs and line ends, and no web page or SVG in disguise. */
    private static Optional<FileKind> text(byte[] bytes, String extension) {
        if (!Set.of("txt", "md", "csv").contains(extension) || bytes.length == 0) {
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return Optional.empty();
            }
        }
        String start = text.substring(0, Math.min(text.length(), 2048)).toLowerCase(Locale.ROOT);
        if (MARKUP.stream().anyMatch(start::contains)) {
            return Optional.empty();
        }
        return Optional.of(extension.equals("csv") ? CSV : TEXT);
    }

    /** The part after the last dot, in lower case; empty when there is none. */
    public static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        return bytes.length >= prefix.length()
                && ascii(bytes, 0, prefix.length()).equals(prefix);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] bytes, int from, int length) {
        return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
    }

    /** The names of a zip's parts, read from their local headers without inflating anything (no zip bomb). */
    static final class ZipNames {

        private static final int MOST_PARTS = 2000;

        private ZipNames() {}

        static List<String> of(byte[] bytes) {
            List<String> names = new ArrayList<>();
            int at = 0;
            while (at + 30 <= bytes.length && names.size() < MOST_PARTS && isLocalHeader(bytes, at)) {
                int nameLength = u16(bytes, at + 26);
                int extraLength = u16(bytes, at + 28);
                int flags = u16(bytes, at + 6);
                long compressed = u32(bytes, at + 18);
                if (at + 30 + nameLength > bytes.length) {
                    break;
                }
                names.add(new String(bytes, at + 30, nameLength, StandardCharsets.UTF_8));
                if ((flags & 0x08) != 0) {
                    // sizes follow the data: find the next part's header instead
                    int next = nextHeader(bytes, at + 30 + nameLength + extraLength);
                    if (next < 0) {
                        break;
                    }
                    at = next;
                } else {
                    long next = (long) at + 30 + nameLength + extraLength + compressed;
                    if (next > bytes.length) {
                        break;
                    }
                    at = (int) next;
                }
            }
            return names;
        }

        /** The content of the first part when it is stored uncompressed (OpenDocument's "mimetype"). */
        static String firstStoredContent(byte[] bytes) {
            if (bytes.length < 30 || u16(bytes, 8) != 0) {
                return "";
            }
            int start = 30 + u16(bytes, 26) + u16(bytes, 28);
            long length = u32(bytes, 18);
            if (length > 200 || start + length > bytes.length) {
                return "";
            }
            return new String(bytes, start, (int) length, StandardCharsets.US_ASCII);
        }

        private static int nextHeader(byte[] bytes, int from) {
            for (int i = from; i + 4 <= bytes.length; i++) {
                if (isLocalHeader(bytes, i)) {
                    return i;
                }
            }
            return -1;
        }

        private static boolean isLocalHeader(byte[] bytes, int at) {
            return bytes[at] == 'P' && bytes[at + 1] == 'K' && bytes[at + 2] == 3 && bytes[at + 3] == 4;
        }

        private static int u16(byte[] bytes, int at) {
            return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
        }

        private static long u32(byte[] bytes, int at) {
            return (bytes[at] & 0xFFL)
                    | (bytes[at + 1] & 0xFFL) << 8
                    | (bytes[at + 2] & 0xFFL) << 16
                    | (bytes[at + 3] & 0xFFL) << 24;
        }
    }
}
