package app.avenant.document.pdf;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * One A4 document: its metadata (title, language, and the fingerprint under its own key, which "Vérifier un document"
 * reads first), the footer of every page, and what the caller writes in between.
 */
final class Paper {

    /** The document information key the fingerprint is stored under. */
    static final String FINGERPRINT_KEY = "AvenantFingerprint";
    /** The document information key an amendment's number is stored under: its pages carry the version's fingerprint. */
    static final String AMENDMENT_KEY = "AvenantAmendment";

    private Paper() {}

    static byte[] write(Words words, String title, String footer, String fingerprint, Consumer<PdfLayout> body) {
        return write(words, title, footer, fingerprint, null, body);
    }

    /** @param amendment the amendment's number for an amendment's PDF, else null */
    static byte[] write(
            Words words,
            String title,
            String footer,
            String fingerprint,
            @Nullable Integer amendment,
            Consumer<PdfLayout> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // 40 pt sides, room at the bottom for the two footer lines
        Document document = new Document(PageSize.A4, 40, 40, 44, 58);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        PdfLayout layout = new PdfLayout(document);
        writer.setPageEvent(new PageFooter(layout, words, footer, fingerprint));
        document.addTitle(title);
        document.addCreator("Avenant");
        document.addKeywords(FINGERPRINT_KEY + ":" + fingerprint);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(words.locale().toLanguageTag()));
        writer.getInfo().put(new PdfName(FINGERPRINT_KEY), new PdfString(fingerprint));
        if (amendment != null) {
            writer.getInfo().put(new PdfName(AMENDMENT_KEY), new PdfString(String.valueOf(amendment)));
        }
        document.open();
        body.accept(layout);
        document.close();
        return out.toByteArray();
    }
}
