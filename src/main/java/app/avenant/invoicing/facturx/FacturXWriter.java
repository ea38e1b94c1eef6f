package app.avenant.invoicing.facturx;

import app.avenant.identity.LegalIdentity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.mustangproject.Allowance;
import org.mustangproject.Charge;
import org.mustangproject.EStandard;
import org.mustangproject.IncludedNote;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.LegalOrganisation;
import org.mustangproject.Product;
import org.mustangproject.SchemedID;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRD2PullProvider;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromPDFA;

/**
 * The Factur-X of an {@link InvoiceDocument}: the EN 16931 profile's CII XML (Mustang), and the PDF/A-3 a person reads
 * ({@link InvoicePdf}, in French), with that XML inside as {@code factur-x.xml}. Both are written from the same
 * document, so what is read and what is processed cannot disagree. (Mustang's own rendering of the XML exists in
 * German and English only.)
 */
public final class FacturXWriter {

    /** ISO 6523 scheme of a SIREN (BT-30, BT-47). */
    private static final String SIREN_SCHEME = "0002";
    /** ISO 6523 scheme of a SIRET (BT-29). */
    private static final String SIRET_SCHEME = "0009";

    private FacturXWriter() {}

    /** The CII XML alone (EN 16931 profile). */
    public static byte[] xml(InvoiceDocument document) {
        ZUGFeRD2PullProvider provider = new ZUGFeRD2PullProvider();
        provider.setProfile(Profiles.getByName(EStandard.facturx, "EN16931", 1));
        provider.generateXML(invoice(document));
        return provider.getXML();
    }

    /** The Factur-X PDF/A-3 with its XML embedded. */
    public static byte[] pdf(InvoiceDocument document) {
        byte[] xml = xml(document);
        byte[] visual = InvoicePdf.render(document);
        // the exporter that reads a PDF/A-1 or -3 writes the PDF/A-3 with the XML and its metadata
        try (ZUGFeRDExporterFromPDFA exporter = new ZUGFeRDExporterFromPDFA()) {
            exporter.load(visual);
            exporter.setProducer("Avenant").setCreator("Avenant").setZUGFeRDVersion(2);
            exporter.setProfile("EN16931");
            exporter.setXML(xml);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Invoice invoice(InvoiceDocument d) {
        Invoice invoice = new Invoice()
                .setDocumentName("FACTURE")
                .setNumber(d.number())
                .setIssueDate(date(d.issueDate()))
                .setDueDate(date(d.dueDate()))
                .setDeliveryDate(date(d.period().atEndOfMonth()))
                .setDetailedDeliveryPeriod(
                        date(d.period().atDay(1)), date(d.period().atEndOfMonth()))
                .setPaymentTermDescription(d.paymentTermsText())
                .setCurrency("EUR")
                .setReferenceNumber(d.contractReference())
                .setSender(party(d.seller(), true))
                .setRecipient(party(d.buyer(), false));
        invoice.setContractReferencedDocument(d.contractReference()); // BT-12, the contract
        for (String mention : d.mentions()) {
            invoice.addNotes(java.util.List.of(IncludedNote.regulatoryNote(mention)));
        }
        BigDecimal rate = d.vatRate();
        for (InvoiceLine line : d.lines()) {
            Product product = new Product(line.name(), "", line.unitCode(), rate);
            exemption(product, d);
            invoice.addItem(new Item(product, line.unitPrice(), line.quantity()));
        }
        for (Adjustment adjustment : d.adjustments()) {
            Charge charge =
                    adjustment.allowance() ? new Allowance(adjustment.amount()) : new Charge(adjustment.amount());
            charge.setReason(adjustment.reason()).setTaxPercent(rate);
            if (d.franchise()) {
                charge.setCategoryCode("E");
            }
            if (adjustment.allowance()) {
                invoice.addAllowance(charge);
            } else {
                invoice.addCharge(charge);
            }
        }
        return invoice;
    }

    private static void exemption(Product product, InvoiceDocument d) {
        if (d.franchise()) {
            product.setTaxCategoryCode("E");
            product.setTaxExemptionReason("TVA non applicable, art. 293 B du CGI");
        }
    }

    private static TradeParty party(InvoiceParty party, boolean seller) {
        LegalIdentity id = party.identity();
        TradeParty trade = new TradeParty(party.name(), id.addressLine1(), id.postcode(), id.city(), id.countryCode());
        if (id.addressLine2() != null) {
            trade.setAdditionalAddress(id.addressLine2());
        }
        if (id.vatNumber() != null) {
            trade.addVATID(id.vatNumber());
        }
        if (id.siren() != null) {
            trade.setLegalOrganisation(new LegalOrganisation(new SchemedID(SIREN_SCHEME, id.siren()), party.name()));
        }
        if (seller && id.siret() != null) {
            trade.addGlobalID(new SchemedID(SIRET_SCHEME, id.siret()));
        }
        return trade;
    }

    /** Mustang writes dates in the JVM's zone: noon there keeps the day whatever the zone and season. */
    private static Date date(LocalDate day) {
        return Date.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
    }
}
