package app.avenant.invoicing.facturx;

import app.avenant.identity.LegalIdentity;
import app.avenant.shared.format.Formats;
import app.avenant.shared.pdf.PdfFonts;
import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The page a person reads of a Factur-X: a French invoice laid out the usual way (seller, client, dates, lines,
 * allowances, totals, mandatory mentions), written as PDF/A-1b with its fonts embedded and an sRGB output intent, so
 * that Mustang can turn it into the PDF/A-3 that carries the XML. Every figure comes from the same
 * {@link InvoiceDocument} as the XML.
 */
final class InvoicePdf {

    private static final Locale FR = Locale.FRANCE;
    private static final Color MUTED = new Color(0x55, 0x5f, 0x6d);
    private static final Color SHADE = new Color(0xf0, 0xf3, 0xf7);
    private final BaseFont regular = PdfFonts.regular();
    private final BaseFont bold = PdfFonts.bold();
    private final Font title = new Font(bold, 16);
    private final Font strong = new Font(bold, 9.5f);
    private final Font body = new Font(regular, 9.5f);
    private final Font small = new Font(regular, 7.5f, Font.NORMAL, MUTED);

    private InvoicePdf() {}

    static byte[] render(InvoiceDocument d) {
        return new InvoicePdf().write(d);
    }

    private byte[] write(InvoiceDocument d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        document.addTitle("Facture " + d.number());
        document.addCreator("Avenant");
        document.addAuthor(d.seller().name());
        document.open();
        try {
            writer.setOutputIntents(
                    "Custom",
                    "",
                    "http://www.color.org",
                    "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document.add(new Paragraph("FACTURE n° " + d.number(), title));
        document.add(new Paragraph(" ", small));
        document.add(parties(d));
        document.add(new Paragraph(" ", small));
        document.add(facts(d));
        document.add(new Paragraph(" ", small));
        document.add(lines(d));
        document.add(new Paragraph(" ", small));
        document.add(totals(d));
        document.add(new Paragraph(" ", small));
        for (String mention : d.mentions()) {
            document.add(new Paragraph(mention, small));
        }
        writer.createXmpMetadata();
        document.close();
        return out.toByteArray();
    }

    private PdfPTable parties(InvoiceDocument d) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.addCell(
                block("Prestataire (vendeur)", d.seller().name(), d.seller().identity(), true));
        table.addCell(block("Client (acheteur)", d.buyer().name(), d.buyer().identity(), false));
        return table;
    }

    private PdfPCell block(String label, String name, LegalIdentity id, boolean seller) {
        Paragraph p = new Paragraph();
        p.add(new Phrase(label + "\n", small));
        p.add(new Phrase(name + "\n", strong));
        List<String> lines = new ArrayList<>();
        if (id.legalForm() != null) {
            lines.add(
                    id.shareCapital() == null
                            ? id.legalForm()
                            : id.legalForm() + " au capital de " + Formats.money(id.shareCapital(), FR));
        }
        lines.add(id.addressLine1());
        if (id.addressLine2() != null) {
            lines.add(id.addressLine2());
        }
        lines.add(id.postcode() + " " + id.city() + ("FR".equals(id.countryCode()) ? "" : " " + id.countryCode()));
        lines.add("SIREN " + id.sirenGrouped() + (id.rcsCity() == null ? "" : " — RCS " + id.rcsCity()));
        if (seller && id.siret() != null) {
            lines.add("SIRET " + id.siretGrouped());
        }
        if (id.vatNumber() != null) {
            lines.add("N° TVA intracommunautaire " + id.vatNumber());
        }
        p.add(new Phrase(String.join("\n", lines), body));
        PdfPCell cell = new PdfPCell(p);
        cell.setBorder(0);
        cell.setPaddingBottom(6);
        return cell;
    }

    private PdfPTable facts(InvoiceDocument d) {
        PdfPTable table = new PdfPTable(new float[] {1.3f, 2f});
        table.setWidthPercentage(70);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        fact(table, "Date de la facture", Formats.date(d.issueDate(), FR));
        fact(
                table,
                "Période de la prestation",
                Formats.date(d.period().atDay(1), FR) + " – "
                        + Formats.date(d.period().atEndOfMonth(), FR));
        fact(table, "Contrat", d.contractReference());
        fact(table, "Échéance", Formats.date(d.dueDate(), FR) + " (" + d.paymentTermsText() + ")");
        return table;
    }

    private void fact(PdfPTable table, String label, String value) {
        PdfPCell l = new PdfPCell(new Phrase(label, small));
        l.setBorder(0);
        PdfPCell v = new PdfPCell(new Phrase(value, body));
        v.setBorder(0);
        table.addCell(l);
        table.addCell(v);
    }

    private PdfPTable lines(InvoiceDocument d) {
        PdfPTable table = new PdfPTable(new float[] {5.2f, 1.1f, 1.4f, 1.6f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        header(table, "Désignation", "Quantité (unités)", "Prix unitaire HT", "Montant HT");
        for (InvoiceLine line : d.lines()) {
            row(
                    table,
                    line.name(),
                    Formats.decimal(line.quantity(), 0, FR),
                    Formats.money(line.unitPrice(), FR),
                    Formats.money(line.amount(), FR));
        }
        for (Adjustment a : d.adjustments()) {
            row(
                    table,
                    (a.allowance() ? "Remise — " : "Supplément — ") + a.reason(),
                    "",
                    "",
                    Formats.money(a.allowance() ? a.amount().negate() : a.amount(), FR));
        }
        return table;
    }

    private void header(PdfPTable table, String... labels) {
        for (int i = 0; i < labels.length; i++) {
            PdfPCell cell = new PdfPCell(new Phrase(labels[i], strong));
            cell.setBackgroundColor(SHADE);
            cell.setBorderColor(SHADE);
            cell.setPadding(4);
            cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            table.addCell(cell);
        }
    }

    private void row(PdfPTable table, String... values) {
        for (int i = 0; i < values.length; i++) {
            PdfPCell cell = new PdfPCell(new Phrase(values[i], body));
            cell.setBorder(PdfPCell.BOTTOM);
            cell.setBorderColor(SHADE);
            cell.setPadding(4);
            cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            table.addCell(cell);
        }
    }

    private PdfPTable totals(InvoiceDocument d) {
        PdfPTable table = new PdfPTable(new float[] {2.4f, 1.2f});
        table.setWidthPercentage(45);
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        if (!d.adjustments().isEmpty()) {
            // the column sums to the total without VAT; the lines before their allowances are said apart
            total(table, "Prestations HT", d.lineTotal(), body);
            total(table, "Remises et suppléments HT", d.net().subtract(d.lineTotal()), body);
        }
        total(table, "Total HT", d.net(), body);
        total(table, d.franchise() ? "TVA non applicable" : "TVA " + Formats.percent(d.vatRate(), FR), d.vat(), body);
        total(table, "Total TTC — net à payer", d.gross(), strong);
        return table;
    }

    private void total(PdfPTable table, String label, BigDecimal amount, Font font) {
        PdfPCell l = new PdfPCell(new Phrase(label, font));
        l.setBorder(0);
        l.setPadding(3);
        PdfPCell v = new PdfPCell(new Phrase(Formats.money(amount, FR), font));
        v.setBorder(0);
        v.setPadding(3);
        v.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(l);
        table.addCell(v);
    }
}
