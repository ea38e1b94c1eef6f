package app.avenant.document.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * On every page: what the sheet is (contract, version), page n of N, and the version's fingerprint, so a single page
 * found in a file is still recognised ("Vérifier un document"). The total is drawn into a placeholder once known.
 */
final class PageFooter extends PdfPageEventHelper {

    private static final float SIZE = 7.5f;

    private final PdfLayout layout;
    private final Words words;
    private final String what;
    private final String fingerprintLine;
    private PdfTemplate total;

    PageFooter(PdfLayout layout, Words words, String what, String fingerprint) {
        this.layout = layout;
        this.words = words;
        this.what = what;
        this.fingerprintLine = words.t("document.footer.fingerprint", fingerprint);
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(30, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.leftMargin();
        float right = page.getWidth() - document.rightMargin();
        float y = document.bottomMargin() - 16;
        canvas.saveState();
        canvas.setColorStroke(PdfLayout.MUTED);
        canvas.setLineWidth(0.4f);
        canvas.moveTo(left, y + 10);
        canvas.lineTo(right, y + 10);
        canvas.stroke();
        canvas.restoreState();
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, layout.phrase(what, layout.small), left, y, 0);
        String pageOf = words.t("document.footer.page", writer.getPageNumber());
        float pageWidth = layout.regular.getWidthPoint(pageOf, SIZE);
        ColumnText.showTextAligned(
                canvas, Element.ALIGN_LEFT, layout.phrase(pageOf, layout.small), right - 30 - pageWidth, y, 0);
        canvas.addTemplate(total, right - 30 + 2, y);
        ColumnText.showTextAligned(
                canvas, Element.ALIGN_LEFT, layout.phrase(fingerprintLine, layout.small), left, y - 10, 0);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(layout.regular, SIZE);
        total.setColorFill(PdfLayout.MUTED);
        // the page being closed was never opened: the last page written is the one before
        total.showText(words.t("document.footer.of", writer.getPageNumber() - 1));
        total.endText();
    }
}
