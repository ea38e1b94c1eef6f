package app.avenant.invoicing.received;

import static app.avenant.invoicing.received.Values.decimal;
import static app.avenant.invoicing.received.Values.decimalOrZero;
import static app.avenant.invoicing.received.Values.isoDate;
import static app.avenant.invoicing.received.Xml.attribute;
import static app.avenant.invoicing.received.Xml.child;
import static app.avenant.invoicing.received.Xml.children;
import static app.avenant.invoicing.received.Xml.text;

import app.avenant.invoicing.received.ReceivedInvoice.Amount;
import app.avenant.invoicing.received.ReceivedInvoice.Line;
import app.avenant.invoicing.received.ReceivedInvoice.Party;
import app.avenant.invoicing.received.ReceivedInvoice.Totals;
import app.avenant.invoicing.received.ReceivedInvoice.VatBreakdown;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/** The EN 16931 terms of an OASIS UBL 2.1 Invoice (the syntax of Peppol BIS Billing 3). */
final class UblReader {

    private UblReader() {}

    static ReceivedInvoice read(Element root, String syntax) {
        Element totalsElement = child(root, "LegalMonetaryTotal");
        String currency = text(root, "DocumentCurrencyCode");
        String number = text(root, "ID");
        LocalDate issued = isoDate(text(root, "IssueDate"), "BT-2");
        BigDecimal net = decimal(text(totalsElement, "TaxExclusiveAmount"), "BT-109");
        BigDecimal gross = decimal(text(totalsElement, "TaxInclusiveAmount"), "BT-112");
        List<Line> lines = new ArrayList<>();
        for (Element item : children(root, "InvoiceLine")) {
            lines.add(line(item));
        }
        ReceivedInvoiceReader.requireTerms(number, issued, currency, net, gross, lines);
        List<Amount> allowances = new ArrayList<>();
        List<Amount> charges = new ArrayList<>();
        for (Element ac : children(root, "AllowanceCharge")) {
            boolean charge = "true".equalsIgnoreCase(text(ac, "ChargeIndicator"));
            String reason = text(ac, "AllowanceChargeReason");
            Amount amount = new Amount(
                    reason == null ? "" : Values.shortened(reason),
                    decimalOrZero(text(ac, "Amount"), charge ? "BT-99" : "BT-92"));
            (charge ? charges : allowances).add(amount);
        }
        Element taxTotal = taxTotal(root, currency);
        List<VatBreakdown> vat = new ArrayList<>();
        for (Element sub : children(taxTotal, "TaxSubtotal")) {
            Element category = child(sub, "TaxCategory");
            vat.add(new VatBreakdown(
                    orEmpty(text(category, "ID")),
                    decimalOrZero(text(category, "Percent"), "BT-119"),
                    decimalOrZero(text(sub, "TaxableAmount"), "BT-116"),
                    decimalOrZero(text(sub, "TaxAmount"), "BT-117")));
        }
        Element period = child(root, "InvoicePeriod");
        BigDecimal payable = decimal(text(totalsElement, "PayableAmount"), "BT-115");
        Totals totals = new Totals(
                decimalOrZero(text(totalsElement, "LineExtensionAmount"), "BT-106"),
                decimalOrZero(text(totalsElement, "AllowanceTotalAmount"), "BT-107"),
                decimalOrZero(text(totalsElement, "ChargeTotalAmount"), "BT-108"),
                net,
                decimalOrZero(text(taxTotal, "TaxAmount"), "BT-110"),
                gross,
                payable == null ? gross : payable);
        return new ReceivedInvoice(
                syntax,
                Values.shortened(number),
                issued,
                orElse(text(root, "InvoiceTypeCode"), "380"),
                currency,
                text(root, "ContractDocumentReference", "ID"),
                isoDate(text(period, "StartDate"), "BT-73"),
                isoDate(text(period, "EndDate"), "BT-74"),
                party(child(root, "AccountingSupplierParty", "Party")),
                party(child(root, "AccountingCustomerParty", "Party")),
                lines,
                allowances,
                charges,
                vat,
                totals);
    }

    private static Line line(Element item) {
        Element quantityElement = child(item, "InvoicedQuantity");
        BigDecimal unitPrice = decimalOrZero(text(item, "Price", "PriceAmount"), "BT-146");
        BigDecimal base = decimal(text(item, "Price", "BaseQuantity"), "BT-149");
        if (base != null && base.signum() > 0 && base.compareTo(BigDecimal.ONE) != 0) {
            unitPrice = unitPrice.divide(base, 6, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        BigDecimal amount = decimal(text(item, "LineExtensionAmount"), "BT-131");
        if (amount == null) {
            throw new UnreadableInvoiceException("invoicing.received.error.missing", "BT-131");
        }
        String name = text(item, "Item", "Name");
        return new Line(
                orEmpty(text(item, "ID")),
                name == null ? "" : Values.shortened(name),
                decimalOrZero(text(quantityElement), "BT-129"),
                orEmpty(attribute(quantityElement, "unitCode")),
                unitPrice,
                amount,
                decimal(text(item, "Item", "ClassifiedTaxCategory", "Percent"), "BT-152"));
    }

    private static Party party(@Nullable Element party) {
        Element legal = child(party, "PartyLegalEntity", "CompanyID");
        String siret = null;
        for (Element identification : children(party, "PartyIdentification")) {
            Element id = child(identification, "ID");
            if ("0009".equals(attribute(id, "schemeID"))) {
                siret = text(id);
            }
        }
        String vat = null;
        for (Element scheme : children(party, "PartyTaxScheme")) {
            if ("VAT".equalsIgnoreCase(text(scheme, "TaxScheme", "ID"))) {
                vat = text(scheme, "CompanyID");
            }
        }
        String name = text(party, "PartyLegalEntity", "RegistrationName");
        if (name == null) {
            name = text(party, "PartyName", "Name");
        }
        return Values.party(name, text(legal), attribute(legal, "schemeID"), siret, vat);
    }

    /** The TaxTotal in the document's currency, the one with the breakdown (a second may be in the accounting one). */
    private static @Nullable Element taxTotal(Element root, String currency) {
        Element found = null;
        for (Element total : children(root, "TaxTotal")) {
            if (!children(total, "TaxSubtotal").isEmpty()) {
                return total;
            }
            String in = attribute(child(total, "TaxAmount"), "currencyID");
            if (found == null || currency.equals(in)) {
                found = total;
            }
        }
        return found;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static String orElse(@Nullable String text, String otherwise) {
        return text == null ? otherwise : text;
    }
}
