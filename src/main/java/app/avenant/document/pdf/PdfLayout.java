package app.avenant.document.pdf;

import app.avenant.shared.pdf.PdfFonts;
import java.awt.Color;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The few shapes every Avenant PDF is made of (titles, label–value facts, tables), in Liberation Sans (SIL Open Font
 * License, from OpenPDF's fonts jar) embedded as a subset: the JDK's fr-FR figures group with U+202F and end with €,
 * which the standard PDF fonts cannot print. One per document: a font's subset belongs to the document it is in.
 */
final class PdfLayout {

    /** Rows of a table kept on one page: the twelve months of a seasonal profile and more. */
    private static final int SHORT_TABLE = 14;

    static final Color MUTED = new Color(0x55, 0x5f, 0x6d);
    private static final Color RULE = new Color(0xc8, 0xcf, 0xd8);
    private static final Color SHADE = new Color(0xf0, 0xf3, 0xf7);
    final BaseFont regular = PdfFonts.regular();
    final Font title = new Font(PdfFonts.bold(), 16);
    final Font heading = new Font(title.getBaseFont(), 12.5f);
    final Font subheading = new Font(title.getBaseFont(), 10.5f);
    final Font body = new Font(regular, 9.5f);
    final Font strong = new Font(title.getBaseFont(), 9.5f);
    final Font small = new Font(regular, 7.5f, Font.NORMAL, MUTED);

    private final Document document;
    /** A subheading waits for what follows it, so the two are never split by a page break. */
    private String pendingTitle;

    PdfLayout(Document document) {
        this.document = document;
    }

    void title(String text) {
        flushTitle();
        Paragraph p = new Paragraph(text, title);
        p.setSpacingAfter(4);
        document.add(p);
    }

    void heading(String text) {
        flushTitle();
        Paragraph p = new Paragraph(text, heading);
        p.setSpacingBefore(14);
        p.setSpacingAfter(6);
        document.add(p);
    }

    /** Written as the first row of the next table, so a page never ends with it. */
    void subheading(String text) {
        flushTitle();
        pendingTitle = text;
    }

    private void flushTitle() {
        if (pendingTitle != null) {
            Paragraph p = new Paragraph(pendingTitle, subheading);
            p.setSpacingBefore(4);
            p.setSpacingAfter(6);
            document.add(p);
            pendingTitle = null;
        }
    }

    /** The waiting subheading as a first row across the table, without borders; true when there was one. */
    private boolean titleRow(PdfPTable table, int columns) {
        if (pendingTitle == null) {
            return false;
        }
        PdfPCell cell = new PdfPCell(new Phrase(pendingTitle, subheading));
        cell.setColspan(columns);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(0);
        cell.setPaddingTop(8);
        cell.setPaddingBottom(6);
        table.addCell(cell);
        pendingTitle = null;
        return true;
    }

    void text(String text) {
        flushTitle();
        Paragraph p = new Paragraph(text, body);
        p.setSpacingAfter(4);
        document.add(p);
    }

    void note(String text) {
        flushTitle();
        Paragraph p = new Paragraph(text, small);
        p.setSpacingAfter(4);
        document.add(p);
    }

    /** Label–value pairs, two columns: the way the workspace shows a contract's facts. */
    void facts(List<String[]> pairs) {
        PdfPTable table = new PdfPTable(new float[] {2, 5});
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.setSpacingAfter(8);
        // a few facts read together: never a lone row at the top of a page
        table.setKeepTogether(true);
        titleRow(table, 2);
        for (String[] pair : pairs) {
            table.addCell(cell(pair[0], strong, false));
            table.addCell(cell(pair[1], body, false));
        }
        document.add(table);
    }

    /** A table with a shaded header row, repeated on every page it runs over. */
    void table(float[] widths, List<String> header, List<List<String>> rows, int... rightAligned) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.setSpacingAfter(8);
        boolean titled = titleRow(table, widths.length);
        // the column names repeat on every page the table runs over; a short table moves whole to the next page
        table.setHeaderRows(titled ? 2 : 1);
        table.setKeepTogether(rows.size() <= SHORT_TABLE);
        for (String h : header) {
            table.addCell(cell(h, strong, true));
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                PdfPCell cell = cell(row.get(i), body, false);
                if (contains(rightAligned, i)) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        document.add(table);
    }

    Phrase phrase(String text, Font font) {
        return new Phrase(new Chunk(text, font));
    }

    private static PdfPCell cell(String text, Font font, boolean shaded) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorderColor(RULE);
        cell.setPadding(4);
        cell.setPaddingTop(3);
        if (shaded) {
            cell.setBackgroundColor(SHADE);
        }
        return cell;
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }
}
