package app.avenant.invoicing.received;

import static app.avenant.invoicing.received.ReceivedSamples.invoice;
import static app.avenant.invoicing.received.ReceivedSamples.march;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.invoicing.facturx.FacturXWriter;
import app.avenant.invoicing.facturx.InvoiceDocument;
import app.avenant.invoicing.facturx.InvoiceLine;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The three ways an invoice arrives (Factur-X PDF, CII XML, UBL XML) read to the same EN 16931 terms, and every kind
 * of file that is not a readable invoice refused with its reason.
 */
class ReceivedInvoiceReaderTest {

    private final InvoiceDocument sent = invoice(march(), "FA-2026-0042", "AV-2026-001");

    @Test
    void a_factur_x_pdf_gives_its_parties_period_lines_credits_and_totals() {
        ReceivedInvoice read = ReceivedInvoiceReader.read(FacturXWriter.pdf(sent));

        assertThat(read.syntax()).isEqualTo("Factur-X");
        assertSameAsSent(read);
    }

    @Test
    void a_cii_xml_and_a_ubl_xml_read_the_same() {
        ReceivedInvoice cii = ReceivedInvoiceReader.read(FacturXWriter.xml(sent));
        ReceivedInvoice ubl =
                ReceivedInvoiceReader.read(ReceivedSamples.ubl(sent).getBytes(StandardCharsets.UTF_8));

        assertThat(cii.syntax()).isEqualTo("CII");
        assertSameAsSent(cii);
        assertThat(ubl.syntax()).isEqualTo("UBL");
        assertSameAsSent(ubl);
    }

    private void assertSameAsSent(ReceivedInvoice read) {
        assertThat(read.number()).isEqualTo("FA-2026-0042");
        assertThat(read.issueDate()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(read.typeCode()).isEqualTo("380");
        assertThat(read.currency()).isEqualTo("EUR");
        assertThat(read.contractReference()).isEqualTo("AV-2026-001");
        assertThat(read.periodMonth()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(read.seller().siren()).isEqualTo("732829320");
        assertThat(read.seller().vatNumber()).isEqualTo("FR44732829320");
        assertThat(read.buyer().siren()).isEqualTo("552100554");
        assertThat(read.lines())
                .extracting(
                        ReceivedInvoice.Line::quantity, ReceivedInvoice.Line::unitPrice, ReceivedInvoice.Line::amount)
                .usingRecursiveFieldByFieldElementComparator(
                        org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                                .build())
                .containsExactly(
                        Tuple.tuple(new BigDecimal("500"), new BigDecimal("2.00"), new BigDecimal("1000.00")),
                        Tuple.tuple(new BigDecimal("500"), new BigDecimal("1.80"), new BigDecimal("900.00")),
                        Tuple.tuple(new BigDecimal("200"), new BigDecimal("1.60"), new BigDecimal("320.00")));
        assertThat(read.allowances())
                .singleElement()
                .satisfies(a -> assertThat(a.amount())
                        .isEqualByComparingTo(sent.adjustments().getFirst().amount()));
        assertThat(read.vat()).singleElement().satisfies(v -> {
            assertThat(v.rate()).isEqualByComparingTo("20");
            assertThat(v.basis()).isEqualByComparingTo(sent.net());
        });
        assertThat(read.totals().net()).isEqualByComparingTo(sent.net());
        assertThat(read.totals().vat()).isEqualByComparingTo(sent.vat());
        assertThat(read.totals().gross()).isEqualByComparingTo(sent.gross());
    }

    @Test
    void a_price_given_per_hundred_units_is_read_per_unit() {
        String ubl = ReceivedSamples.ubl(sent)
                .replaceFirst(
                        "<cbc:PriceAmount currencyID=\"EUR\">2.00</cbc:PriceAmount>",
                        "<cbc:PriceAmount currencyID=\"EUR\">200.00</cbc:PriceAmount><cbc:BaseQuantity>100</cbc:BaseQuantity>");

        ReceivedInvoice read = ReceivedInvoiceReader.read(ubl.getBytes(StandardCharsets.UTF_8));

        assertThat(read.lines().getFirst().unitPrice()).isEqualByComparingTo("2.00");
    }

    @Test
    void a_scanned_pdf_an_empty_file_a_text_and_a_damaged_pdf_are_refused_with_their_reason() throws Exception {
        assertRefused(scannedPdf(), "invoicing.received.error.pdfWithoutData");
        assertRefused(new byte[0], "invoicing.received.error.empty");
        assertRefused(
                "Facture de mars : 14 588,80 €".getBytes(StandardCharsets.UTF_8),
                "invoicing.received.error.notInvoice");
        assertRefused("%PDF-1.7\n garbage".getBytes(StandardCharsets.ISO_8859_1), "invoicing.received.error.pdf");
        assertRefused(new byte[ReceivedInvoiceReader.MAX_BYTES + 1], "invoicing.received.error.tooLarge");
    }

    @Test
    void malformed_xml_is_refused_with_its_line_and_an_external_entity_is_never_read() {
        assertThatThrownBy(
                        () -> ReceivedInvoiceReader.read("<Invoice>\n<ID>1</Invoice>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UnreadableInvoiceException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("invoicing.received.error.xml");
                    assertThat(e.args()[0]).isEqualTo(2);
                });
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"><ID>&xxe;</ID></Invoice>";
        assertRefused(xxe.getBytes(StandardCharsets.UTF_8), "invoicing.received.error.doctype");
    }

    @Test
    void a_credit_note_another_xml_and_an_invoice_without_its_number_are_refused() {
        String ubl = ReceivedSamples.ubl(sent);
        assertRefused(
                ubl.replace("<cbc:InvoiceTypeCode>380", "<cbc:InvoiceTypeCode>381")
                        .getBytes(StandardCharsets.UTF_8),
                "invoicing.received.error.creditNote");
        assertRefused(
                "<order><id>1</id></order>".getBytes(StandardCharsets.UTF_8), "invoicing.received.error.notInvoice");
        assertThatThrownBy(() -> ReceivedInvoiceReader.read(
                        ubl.replace("<cbc:ID>FA-2026-0042</cbc:ID>", "").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UnreadableInvoiceException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("invoicing.received.error.missing");
                    assertThat(e.args()).containsExactly("BT-1");
                });
        assertThatThrownBy(() -> ReceivedInvoiceReader.read(
                        ubl.replace(">1000.00<", ">1e400<").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UnreadableInvoiceException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("invoicing.received.error.value");
                    assertThat(e.args()).containsExactly("BT-131", "1e400");
                });
    }

    @Test
    void a_party_without_legal_registration_is_known_by_its_siret_or_french_vat_number() {
        assertThat(Values.party("X", null, null, "73282932000074", null).siren())
                .isEqualTo("732829320");
        assertThat(Values.party("X", null, null, null, "FR 44 732829320").siren())
                .isEqualTo("732829320");
        assertThat(Values.party("X", "DE123456789", null, null, "DE123456789").siren())
                .isNull();
    }

    @Test
    void the_line_pairing_ignores_accents_and_case_in_words() {
        assertThat(InvoiceCheck.normalised("Tranche de 501 à 1 000 unités")).isEqualTo("tranche de 501 a 1 000 unites");
        InvoiceLine line = sent.lines().getFirst();
        assertThat(ReceivedSamples.quantity(line, 10).amount()).isEqualByComparingTo("20.00");
    }

    /** A PDF of one blank page: what a scanner makes, with no data inside. */
    private static byte[] scannedPdf() throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void assertRefused(byte[] content, String key) {
        assertThatThrownBy(() -> ReceivedInvoiceReader.read(content))
                .isInstanceOfSatisfying(
                        UnreadableInvoiceException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
