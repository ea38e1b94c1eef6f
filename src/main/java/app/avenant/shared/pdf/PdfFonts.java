package app.avenant.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/**
 * Liberation Sans (SIL Open Font License, from OpenPDF's fonts jar) for every PDF Avenant writes, embedded as a
 * subset: the JDK's fr-FR figures group with U+202F and end with €, which the standard PDF fonts cannot print, and
 * PDF/A requires embedded fonts. The files are read once; a new {@link BaseFont} is made per document, since a
 * font's subset belongs to the document it is in.
 */
public final class PdfFonts {

    private static final byte[] REGULAR = bytes("liberation/LiberationSans-Regular.ttf");
    private static final byte[] BOLD = bytes("liberation/LiberationSans-Bold.ttf");

    private PdfFonts() {}

    public static BaseFont regular() {
        return font("LiberationSans-Regular.ttf", REGULAR);
    }

    public static BaseFont bold() {
        return font("LiberationSans-Bold.ttf", BOLD);
    }

    private static BaseFont font(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the class path: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
