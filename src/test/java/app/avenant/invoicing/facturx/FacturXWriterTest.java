package app.avenant.invoicing.facturx;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.terms.TermsFixtures;
import app.avenant.identity.LegalIdentityFixtures;
import app.avenant.performance.MonthFigures;
import app.avenant.performance.metrics.ItemActuals;
import app.avenant.performance.metrics.MonthCalculator;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mustangproject.ZUGFeRD.ZUGFeRDImporter;
import org.mustangproject.validator.ZUGFeRDValidator;

class FacturXWriterTest {

    static final InvoiceParty SELLER = new InvoiceParty("Compta Services Lyon SAS", LegalIdentityFixtures.provider());
    static final InvoiceParty BUYER = new InvoiceParty("Boulangerie Martin SARL", LegalIdentityFixtures.client());

    /** March 2026 of the product brief's example: 1 200 invoices entered, the 48 h level measured at 85 %. */
    static MonthFigures march() {
        return MonthCalculator.compute(
                YearMonth.of(2026, 3),
                1,
                TermsFixtures.invoiceEntryExample(),
                Map.of("saisie-factures", new ItemActuals(1200, 1200, 1200, 0, 0, 1200, BigDecimal.ZERO)),
                Map.of("factures-48h", new BigDecimal("85")),
                BigDecimal.ZERO);
    }

    static InvoiceDocument invoice(MonthFigures figures, InvoiceParty seller) {
        return InvoiceComposer.compose(
                figures,
                new InvoiceComposer.Heading(
                        "F2026-00001",
                        LocalDate.of(2026, 4, 2),
                        LocalDate.of(2026, 5, 2),
                        "30 jours date de facture",
                        "AV-2026-001",
                        1,
                        seller,
                        BUYER,
                        new BigDecimal("20")));
    }

    @Test
    void the_lines_are_the_statements_bands_and_the_total_without_vat_is_its_total_due() {
        MonthFigures figures = march();
        InvoiceDocument invoice = invoice(figures, SELLER);

        // graduated bands: 500 × 2,00 + 500 × 1,80 + 200 × 1,60 = 1 000 + 900 + 320 = 2 220,00 €
        assertThat(invoice.lines())
                .extracting(InvoiceLine::quantity, InvoiceLine::unitPrice, InvoiceLine::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                BigDecimal.valueOf(500), new BigDecimal("2.00"), new BigDecimal("1000.00")),
                        org.assertj.core.groups.Tuple.tuple(
                                BigDecimal.valueOf(500), new BigDecimal("1.80"), new BigDecimal("900.00")),
                        org.assertj.core.groups.Tuple.tuple(
                                BigDecimal.valueOf(200), new BigDecimal("1.60"), new BigDecimal("320.00")));
        assertThat(invoice.lines())
                .extracting(InvoiceLine::name)
                .containsExactly(
                        "Saisie des factures fournisseurs — tranche de 0 à 500 unités",
                        "Saisie des factures fournisseurs — tranche de 501 à 1\u202f000 unités",
                        "Saisie des factures fournisseurs — tranche à partir de 1\u202f001 unités");
        assertThat(invoice.lineTotal()).isEqualByComparingTo("2220.00");
        assertThat(invoice.net()).isEqualByComparingTo(figures.totalDue());
        assertThat(figures.credits()).isPositive();
        assertThat(invoice.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.allowance()).isTrue();
            assertThat(a.amount()).isEqualByComparingTo(figures.credits());
        });
        assertThat(invoice.vat())
                .isEqualByComparingTo(
                        invoice.net().multiply(new BigDecimal("0.20")).setScale(2, java.math.RoundingMode.HALF_UP));
        assertThat(invoice.mentions())
                .contains(
                        "Catégorie de l’opération : prestation de services.",
                        "Option pour le paiement de la taxe d’après les débits.");
    }

    @Test
    void french_elides_de_before_a_month_that_starts_with_a_vowel() {
        MonthFigures august = MonthCalculator.compute(
                YearMonth.of(2026, 8),
                1,
                TermsFixtures.invoiceEntryExample(),
                Map.of("saisie-factures", new ItemActuals(480, 480, 480, 0, 0, 480, BigDecimal.ZERO)),
                Map.of("factures-48h", new BigDecimal("99")),
                BigDecimal.ZERO);

        assertThat(invoice(august, SELLER).mentions().getFirst()).startsWith("Prestations de services d’août 2026,");
        assertThat(invoice(march(), SELLER).mentions().getFirst()).startsWith("Prestations de services de mars 2026,");
    }

    @Test
    void the_factur_x_is_valid_en16931_and_its_embedded_xml_gives_the_statements_totals_to_the_cent() throws Exception {
        InvoiceDocument invoice = invoice(march(), SELLER);

        byte[] pdf = FacturXWriter.pdf(invoice);

        ZUGFeRDValidator validator = new ZUGFeRDValidator();
        String report = validator.validate(pdf, "F2026-00001.pdf");
        assertThat(validator.wasCompletelyValid()).as(report).isTrue();

        String xml = new ZUGFeRDImporter(new ByteArrayInputStream(pdf)).getRawXML() == null
                ? ""
                : new String(new ZUGFeRDImporter(new ByteArrayInputStream(pdf)).getRawXML(), StandardCharsets.UTF_8);
        assertThat(amount(xml, "TaxBasisTotalAmount")).isEqualByComparingTo(invoice.net());
        assertThat(amount(xml, "TaxTotalAmount")).isEqualByComparingTo(invoice.vat());
        assertThat(amount(xml, "GrandTotalAmount")).isEqualByComparingTo(invoice.gross());
        assertThat(xml).contains("552100554", "FR44732829320", "73282932000074");
    }

    private static BigDecimal amount(String xml, String element) {
        Matcher m = Pattern.compile("<ram:" + element + "[^>]*>([0-9.\\-]+)<").matcher(xml);
        assertThat(m.find()).as(element + " in the XML").isTrue();
        return new BigDecimal(m.group(1));
    }
}
