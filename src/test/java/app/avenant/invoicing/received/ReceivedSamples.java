package app.avenant.invoicing.received;

import app.avenant.contract.terms.TermsFixtures;
import app.avenant.identity.LegalIdentity;
import app.avenant.identity.LegalIdentityFixtures;
import app.avenant.invoicing.facturx.Adjustment;
import app.avenant.invoicing.facturx.InvoiceComposer;
import app.avenant.invoicing.facturx.InvoiceDocument;
import app.avenant.invoicing.facturx.InvoiceLine;
import app.avenant.invoicing.facturx.InvoiceParty;
import app.avenant.performance.MonthFigures;
import app.avenant.performance.metrics.ItemActuals;
import app.avenant.performance.metrics.MonthCalculator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Invoices as a provider's own software could send them: the product brief's March (three bands, a service credit),
 * changed where a test needs a discrepancy, written as Factur-X or CII by Mustang, or as UBL by {@link #ubl}.
 */
public final class ReceivedSamples {

    public static final InvoiceParty SELLER =
            new InvoiceParty("Compta Services Lyon SAS", LegalIdentityFixtures.provider());
    public static final InvoiceParty BUYER =
            new InvoiceParty("Boulangerie Martin SARL", LegalIdentityFixtures.client());
    /** The tax administration's own example SIREN: a valid key, another company. */
    public static final String OTHER_SIREN = "404833048";

    private ReceivedSamples() {}

    /** March 2026 of the product brief's example: 1 200 invoices entered, the 48 h level measured at 85 %. */
    public static MonthFigures march() {
        return MonthCalculator.compute(
                YearMonth.of(2026, 3),
                1,
                TermsFixtures.invoiceEntryExample(),
                Map.of("saisie-factures", new ItemActuals(1200, 1200, 1200, 0, 0, 1200, BigDecimal.ZERO)),
                Map.of("factures-48h", new BigDecimal("85")),
                BigDecimal.ZERO);
    }

    /** The invoice of a month's figures, numbered as the provider's tool numbers them. */
    public static InvoiceDocument invoice(MonthFigures figures, String number, String contractReference) {
        return InvoiceComposer.compose(
                figures,
                new InvoiceComposer.Heading(
                        number,
                        figures.month().plusMonths(1).atDay(2),
                        figures.month().plusMonths(2).atDay(2),
                        "30 jours date de facture",
                        contractReference,
                        1,
                        SELLER,
                        BUYER,
                        new BigDecimal("20")));
    }

    public static InvoiceDocument withLines(InvoiceDocument d, List<InvoiceLine> lines) {
        return copy(
                d,
                d.number(),
                d.issueDate(),
                d.period(),
                d.contractReference(),
                d.seller(),
                d.buyer(),
                lines,
                d.adjustments(),
                d.vatRate());
    }

    public static InvoiceDocument withAdjustments(InvoiceDocument d, List<Adjustment> adjustments) {
        return copy(
                d,
                d.number(),
                d.issueDate(),
                d.period(),
                d.contractReference(),
                d.seller(),
                d.buyer(),
                d.lines(),
                adjustments,
                d.vatRate());
    }

    public static InvoiceDocument withRate(InvoiceDocument d, BigDecimal rate) {
        return copy(
                d,
                d.number(),
                d.issueDate(),
                d.period(),
                d.contractReference(),
                d.seller(),
                d.buyer(),
                d.lines(),
                d.adjustments(),
                rate);
    }

    public static InvoiceDocument withParties(InvoiceDocument d, InvoiceParty seller, InvoiceParty buyer) {
        return copy(
                d,
                d.number(),
                d.issueDate(),
                d.period(),
                d.contractReference(),
                seller,
                buyer,
                d.lines(),
                d.adjustments(),
                d.vatRate());
    }

    public static InvoiceDocument withNumber(InvoiceDocument d, String number) {
        return copy(
                d,
                number,
                d.issueDate(),
                d.period(),
                d.contractReference(),
                d.seller(),
                d.buyer(),
                d.lines(),
                d.adjustments(),
                d.vatRate());
    }

    public static InvoiceDocument withReference(InvoiceDocument d, String contractReference) {
        return copy(
                d,
                d.number(),
                d.issueDate(),
                d.period(),
                contractReference,
                d.seller(),
                d.buyer(),
                d.lines(),
                d.adjustments(),
                d.vatRate());
    }

    public static InvoiceDocument withPeriod(InvoiceDocument d, YearMonth period) {
        return copy(
                d,
                d.number(),
                d.issueDate(),
                period,
                d.contractReference(),
                d.seller(),
                d.buyer(),
                d.lines(),
                d.adjustments(),
                d.vatRate());
    }

    public static InvoiceDocument withIssueDate(InvoiceDocument d, LocalDate issueDate) {
        return copy(
                d,
                d.number(),
                issueDate,
                d.period(),
                d.contractReference(),
                d.seller(),
                d.buyer(),
                d.lines(),
                d.adjustments(),
                d.vatRate());
    }

    /** The same document with what a test changes; due date, payment terms and mentions kept. */
    private static InvoiceDocument copy(
            InvoiceDocument d,
            String number,
            LocalDate issueDate,
            YearMonth period,
            String contractReference,
            InvoiceParty seller,
            InvoiceParty buyer,
            List<InvoiceLine> lines,
            List<Adjustment> adjustments,
            BigDecimal rate) {
        return new InvoiceDocument(
                number,
                issueDate,
                d.dueDate(),
                d.paymentTermsText(),
                period,
                contractReference,
                seller,
                buyer,
                lines,
                adjustments,
                rate,
                d.mentions());
    }

    /** The same line with another quantity, its amount following. */
    public static InvoiceLine quantity(InvoiceLine line, long quantity) {
        BigDecimal q = BigDecimal.valueOf(quantity);
        return new InvoiceLine(
                line.name(),
                q,
                line.unitCode(),
                line.unitPrice(),
                line.unitPrice().multiply(q).setScale(2));
    }

    /** A party with another SIREN (and the VAT number that goes with it). */
    public static InvoiceParty otherCompany(String name) {
        LegalIdentity id = LegalIdentityFixtures.provider();
        return new InvoiceParty(
                name,
                new LegalIdentity(
                        OTHER_SIREN,
                        OTHER_SIREN + "00015",
                        "FR83" + OTHER_SIREN,
                        id.legalForm(),
                        id.shareCapital(),
                        id.rcsCity(),
                        id.addressLine1(),
                        id.addressLine2(),
                        id.postcode(),
                        id.city(),
                        "FR",
                        id.vatRegime()));
    }

    /**
     * The invoice as UBL 2.1 (the syntax of Peppol BIS Billing 3), written by hand as another tool would: parties with
     * their SIREN (scheme 0002) and VAT number, the billing period, the contract reference, lines, whole-invoice
     * allowances and charges, one VAT breakdown and the totals.
     */
    public static String ubl(InvoiceDocument d) {
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"")
                .append(" xmlns:cac=\"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2\"")
                .append(" xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">\n")
                .append("<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>\n")
                .append("<cbc:ID>")
                .append(d.number())
                .append("</cbc:ID>\n")
                .append("<cbc:IssueDate>")
                .append(d.issueDate())
                .append("</cbc:IssueDate>\n")
                .append("<cbc:DueDate>")
                .append(d.dueDate())
                .append("</cbc:DueDate>\n")
                .append("<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>\n")
                .append("<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>\n")
                .append("<cac:InvoicePeriod><cbc:StartDate>")
                .append(d.period().atDay(1))
                .append("</cbc:StartDate><cbc:EndDate>")
                .append(d.period().atEndOfMonth())
                .append("</cbc:EndDate></cac:InvoicePeriod>\n")
                .append("<cac:ContractDocumentReference><cbc:ID>")
                .append(d.contractReference())
                .append("</cbc:ID></cac:ContractDocumentReference>\n");
        party(x, "AccountingSupplierParty", d.seller());
        party(x, "AccountingCustomerParty", d.buyer());
        for (Adjustment a : d.adjustments()) {
            x.append("<cac:AllowanceCharge><cbc:ChargeIndicator>")
                    .append(!a.allowance())
                    .append("</cbc:ChargeIndicator><cbc:AllowanceChargeReason>")
                    .append(escape(a.reason()))
                    .append("</cbc:AllowanceChargeReason><cbc:Amount currencyID=\"EUR\">")
                    .append(a.amount())
                    .append("</cbc:Amount>")
                    .append(category(d.vatRate()))
                    .append("</cac:AllowanceCharge>\n");
        }
        x.append("<cac:TaxTotal><cbc:TaxAmount currencyID=\"EUR\">")
                .append(d.vat())
                .append("</cbc:TaxAmount>")
                .append("<cac:TaxSubtotal><cbc:TaxableAmount currencyID=\"EUR\">")
                .append(d.net())
                .append("</cbc:TaxableAmount><cbc:TaxAmount currencyID=\"EUR\">")
                .append(d.vat())
                .append("</cbc:TaxAmount>")
                .append(category(d.vatRate()))
                .append("</cac:TaxSubtotal></cac:TaxTotal>\n");
        BigDecimal allowances = BigDecimal.ZERO;
        BigDecimal charges = BigDecimal.ZERO;
        for (Adjustment a : d.adjustments()) {
            if (a.allowance()) {
                allowances = allowances.add(a.amount());
            } else {
                charges = charges.add(a.amount());
            }
        }
        x.append("<cac:LegalMonetaryTotal>")
                .append("<cbc:LineExtensionAmount currencyID=\"EUR\">")
                .append(d.lineTotal())
                .append("</cbc:LineExtensionAmount>")
                .append("<cbc:TaxExclusiveAmount currencyID=\"EUR\">")
                .append(d.net())
                .append("</cbc:TaxExclusiveAmount>")
                .append("<cbc:TaxInclusiveAmount currencyID=\"EUR\">")
                .append(d.gross())
                .append("</cbc:TaxInclusiveAmount>")
                .append("<cbc:AllowanceTotalAmount currencyID=\"EUR\">")
                .append(allowances)
                .append("</cbc:AllowanceTotalAmount>")
                .append("<cbc:ChargeTotalAmount currencyID=\"EUR\">")
                .append(charges)
                .append("</cbc:ChargeTotalAmount>")
                .append("<cbc:PayableAmount currencyID=\"EUR\">")
                .append(d.gross())
                .append("</cbc:PayableAmount>")
                .append("</cac:LegalMonetaryTotal>\n");
        int n = 1;
        for (InvoiceLine line : d.lines()) {
            x.append("<cac:InvoiceLine><cbc:ID>")
                    .append(n++)
                    .append("</cbc:ID>")
                    .append("<cbc:InvoicedQuantity unitCode=\"")
                    .append(line.unitCode())
                    .append("\">")
                    .append(line.quantity())
                    .append("</cbc:InvoicedQuantity>")
                    .append("<cbc:LineExtensionAmount currencyID=\"EUR\">")
                    .append(line.amount())
                    .append("</cbc:LineExtensionAmount><cac:Item><cbc:Name>")
                    .append(escape(line.name()))
                    .append("</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>")
                    .append(d.vatRate())
                    .append("</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>")
                    .append("</cac:ClassifiedTaxCategory></cac:Item><cac:Price><cbc:PriceAmount currencyID=\"EUR\">")
                    .append(line.unitPrice())
                    .append("</cbc:PriceAmount></cac:Price></cac:InvoiceLine>\n");
        }
        return x.append("</Invoice>\n").toString();
    }

    private static void party(StringBuilder x, String role, InvoiceParty p) {
        LegalIdentity id = p.identity();
        x.append("<cac:")
                .append(role)
                .append("><cac:Party>")
                .append("<cac:PartyName><cbc:Name>")
                .append(escape(p.name()))
                .append("</cbc:Name></cac:PartyName>")
                .append("<cac:PostalAddress><cbc:StreetName>")
                .append(escape(String.valueOf(id.addressLine1())))
                .append("</cbc:StreetName><cbc:CityName>")
                .append(id.city())
                .append("</cbc:CityName><cbc:PostalZone>")
                .append(id.postcode())
                .append("</cbc:PostalZone><cac:Country><cbc:IdentificationCode>FR")
                .append("</cbc:IdentificationCode></cac:Country></cac:PostalAddress>")
                .append("<cac:PartyTaxScheme><cbc:CompanyID>")
                .append(id.vatNumber())
                .append("</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>")
                .append("<cac:PartyLegalEntity><cbc:RegistrationName>")
                .append(escape(p.name()))
                .append("</cbc:RegistrationName><cbc:CompanyID schemeID=\"0002\">")
                .append(id.siren())
                .append("</cbc:CompanyID></cac:PartyLegalEntity>")
                .append("</cac:Party></cac:")
                .append(role)
                .append(">\n");
    }

    private static String category(BigDecimal rate) {
        return "<cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>" + rate
                + "</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static List<InvoiceLine> replaced(List<InvoiceLine> lines, int index, InvoiceLine line) {
        List<InvoiceLine> copy = new ArrayList<>(lines);
        copy.set(index, line);
        return copy;
    }
}
