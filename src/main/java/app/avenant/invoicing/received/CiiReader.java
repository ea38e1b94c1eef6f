package app.avenant.invoicing.received;

import static app.avenant.invoicing.received.Values.ciiDate;
import static app.avenant.invoicing.received.Values.decimal;
import static app.avenant.invoicing.received.Values.decimalOrZero;
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

/** The EN 16931 terms of a UN/CEFACT Cross Industry Invoice (D16B), as Factur-X and ZUGFeRD carry it. */
final class CiiReader {

    private CiiReader() {}

    static ReceivedInvoice read(Element root, String syntax) {
        Element document = child(root, "ExchangedDocument");
        Element transaction = child(root, "SupplyChainTradeTransaction");
        Element agreement = child(transaction, "ApplicableHeaderTradeAgreement");
        Element settlement = child(transaction, "ApplicableHeaderTradeSettlement");
        Element summation = child(settlement, "SpecifiedTradeSettlementHeaderMonetarySummation");
        String currency = text(settlement, "InvoiceCurrencyCode");
        String number = text(document, "ID");
        LocalDate issued = ciiDate(text(document, "IssueDateTime", "DateTimeString"), "BT-2");
        BigDecimal net = decimal(text(summation, "TaxBasisTotalAmount"), "BT-109");
        BigDecimal gross = decimal(text(summation, "GrandTotalAmount"), "BT-112");
        List<Line> lines = new ArrayList<>();
        for (Element item : children(transaction, "IncludedSupplyChainTradeLineItem")) {
            lines.add(line(item));
        }
        ReceivedInvoiceReader.requireTerms(number, issued, currency, net, gross, lines);
        List<Amount> allowances = new ArrayList<>();
        List<Amount> charges = new ArrayList<>();
        for (Element ac : children(settlement, "SpecifiedTradeAllowanceCharge")) {
            boolean charge = "true".equalsIgnoreCase(text(ac, "ChargeIndicator", "Indicator"));
            String reason = text(ac, "Reason");
            Amount amount = new Amount(
                    reason == null ? "" : Values.shortened(reason),
                    decimalOrZero(text(ac, "ActualAmount"), charge ? "BT-99" : "BT-92"));
            (charge ? charges : allowances).add(amount);
        }
        List<VatBreakdown> vat = new ArrayList<>();
        for (Element tax : children(settlement, "ApplicableTradeTax")) {
            vat.add(new VatBreakdown(
                    orEmpty(text(tax, "CategoryCode")),
                    decimalOrZero(text(tax, "RateApplicablePercent"), "BT-119"),
                    decimalOrZero(text(tax, "BasisAmount"), "BT-116"),
                    decimalOrZero(text(tax, "CalculatedAmount"), "BT-117")));
        }
        Element period = child(settlement, "BillingSpecifiedPeriod");
        Totals totals = new Totals(
                decimalOrZero(text(summation, "LineTotalAmount"), "BT-106"),
                decimalOrZero(text(summation, "AllowanceTotalAmount"), "BT-107"),
                decimalOrZero(text(summation, "ChargeTotalAmount"), "BT-108"),
                net,
                vatTotal(summation, currency),
                gross,
                decimalOrZeroElse(text(summation, "DuePayableAmount"), gross));
        return new ReceivedInvoice(
                syntax,
                Values.shortened(number),
                issued,
                orElse(text(document, "TypeCode"), "380"),
                currency,
                text(agreement, "ContractReferencedDocument", "IssuerAssignedID"),
                ciiDate(text(period, "StartDateTime", "DateTimeString"), "BT-73"),
                ciiDate(text(period, "EndDateTime", "DateTimeString"), "BT-74"),
                party(child(agreement, "SellerTradeParty")),
                party(child(agreement, "BuyerTradeParty")),
                lines,
                allowances,
                charges,
                vat,
                totals);
    }

    private static Line line(Element item) {
        String id = orEmpty(text(item, "AssociatedDocumentLineDocument", "LineID"));
        String name = text(item, "SpecifiedTradeProduct", "Name");
        Element billed = child(item, "SpecifiedLineTradeDelivery", "BilledQuantity");
        BigDecimal quantity = decimalOrZero(text(billed), "BT-129");
        Element price = child(item, "SpecifiedLineTradeAgreement", "NetPriceProductTradePrice");
        BigDecimal unitPrice = decimalOrZero(text(price, "ChargeAmount"), "BT-146");
        BigDecimal base = decimal(text(price, "BasisQuantity"), "BT-149");
        if (base != null && base.signum() > 0 && base.compareTo(BigDecimal.ONE) != 0) {
            unitPrice = unitPrice.divide(base, 6, RoundingMode.HALF_UP).stripTrailingZeros();
        }
        Element lineSettlement = child(item, "SpecifiedLineTradeSettlement");
        BigDecimal amount = decimal(
                text(lineSettlement, "SpecifiedTradeSettlementLineMonetarySummation", "LineTotalAmount"), "BT-131");
        if (amount == null) {
            throw new UnreadableInvoiceException("invoicing.received.error.missing", "BT-131");
        }
        return new Line(
                id,
                name == null ? "" : Values.shortened(name),
                quantity,
                orEmpty(attribute(billed, "unitCode")),
                unitPrice,
                amount,
                decimal(text(lineSettlement, "ApplicableTradeTax", "RateApplicablePercent"), "BT-152"));
    }

    private static Party party(@Nullable Element party) {
        Element legal = child(party, "SpecifiedLegalOrganization", "ID");
        String siret = null;
        for (Element global : children(party, "GlobalID")) {
            if ("0009".equals(attribute(global, "schemeID"))) {
                siret = text(global);
            }
        }
        String vat = null;
        for (Element registration : children(party, "SpecifiedTaxRegistration")) {
            Element id = child(registration, "ID");
            if ("VA".equals(attribute(id, "schemeID"))) {
                vat = text(id);
            }
        }
        return Values.party(text(party, "Name"), text(legal), attribute(legal, "schemeID"), siret, vat);
    }

    /** BT-110: the VAT total in the invoice's currency (a second one, BT-111, may be in the accounting currency). */
    private static BigDecimal vatTotal(@Nullable Element summation, String currency) {
        BigDecimal first = null;
        for (Element total : children(summation, "TaxTotalAmount")) {
            BigDecimal value = decimalOrZero(text(total), "BT-110");
            String in = attribute(total, "currencyID");
            if (in == null || in.equals(currency)) {
                return value;
            }
            if (first == null) {
                first = value;
            }
        }
        return first == null ? BigDecimal.ZERO : first;
    }

    private static BigDecimal decimalOrZeroElse(@Nullable String text, BigDecimal otherwise) {
        BigDecimal value = decimal(text, "BT-115");
        return value == null ? otherwise : value;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static String orElse(@Nullable String text, String otherwise) {
        return text == null ? otherwise : text;
    }
}
