package app.avenant.invoicing.received;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;

/**
 * Reads a received invoice: a Factur-X (or ZUGFeRD) PDF with its embedded CII XML, a CII XML, or a UBL XML
 * (EN 16931's two syntaxes). Refuses, with the reason, what is not one: a scanned PDF without data, a damaged file, a
 * credit note, an invoice missing what the check needs. Plain Java: no database, no Spring.
 */
public final class ReceivedInvoiceReader {

    /** Far above any monthly invoice (a Factur-X of a few pages weighs under 1 MB). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The embedded file names of Factur-X, ZUGFeRD 2 and 1, and XRechnung in a PDF, most usual first. */
    private static final List<String> EMBEDDED_NAMES =
            List.of("factur-x.xml", "zugferd-invoice.xml", "zugferd_invoice.xml", "xrechnung.xml");

    private static final String CII_NAMESPACE = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    private static final String UBL_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    private static final String UBL_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";

    private ReceivedInvoiceReader() {}

    public static ReceivedInvoice read(byte[] content) {
        if (content.length == 0) {
            throw new UnreadableInvoiceException("invoicing.received.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new UnreadableInvoiceException("invoicing.received.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (isPdf(content)) {
            return readXml(embeddedXml(content), "Factur-X");
        }
        if (!looksLikeXml(content)) {
            throw new UnreadableInvoiceException("invoicing.received.error.notInvoice");
        }
        return readXml(content, null);
    }

    private static ReceivedInvoice readXml(byte[] xml, @Nullable String syntax) {
        Element root = Xml.parse(xml).getDocumentElement();
        String namespace = root.getNamespaceURI();
        String name = root.getLocalName();
        if (CII_NAMESPACE.equals(namespace) && "CrossIndustryInvoice".equals(name)) {
            ReceivedInvoice invoice = CiiReader.read(root, syntax == null ? "CII" : syntax);
            return refuseCreditNote(invoice);
        }
        if (UBL_INVOICE.equals(namespace) && "Invoice".equals(name)) {
            return refuseCreditNote(UblReader.read(root, syntax == null ? "UBL" : syntax));
        }
        if (UBL_CREDIT_NOTE.equals(namespace) || "CreditNote".equals(name)) {
            throw new UnreadableInvoiceException("invoicing.received.error.creditNote");
        }
        throw new UnreadableInvoiceException("invoicing.received.error.notInvoice");
    }

    /**
     * Type codes of EN 16931's invoices (UNTDID 1001): 380 commercial invoice, 384 corrected, 389 self-billed, 386
     * prepayment, 751 invoice information; 381 and 261 are credit notes, which a month's check does not take.
     */
    private static ReceivedInvoice refuseCreditNote(ReceivedInvoice invoice) {
        if (invoice.typeCode().equals("381") || invoice.typeCode().equals("261")) {
            throw new UnreadableInvoiceException("invoicing.received.error.creditNote");
        }
        return invoice;
    }

    private static boolean isPdf(byte[] content) {
        // a PDF's header may follow some bytes of garbage (up to 1 024, PDF 32000 §7.5.2 tolerates it in practice)
        String head = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    private static boolean looksLikeXml(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 64), StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .stripLeading();
        return head.startsWith("<");
    }

    /** The CII XML a Factur-X PDF carries, under one of its usual names; refused when the PDF carries none. */
    private static byte[] embeddedXml(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            PDEmbeddedFilesNameTreeNode tree = names == null ? null : names.getEmbeddedFiles();
            Map<String, PDComplexFileSpecification> files = new java.util.LinkedHashMap<>();
            collect(tree, files);
            for (String wanted : EMBEDDED_NAMES) {
                for (Map.Entry<String, PDComplexFileSpecification> file : files.entrySet()) {
                    if (file.getKey().toLowerCase(Locale.ROOT).equals(wanted)) {
                        return bytes(file.getValue());
                    }
                }
            }
            throw new UnreadableInvoiceException("invoicing.received.error.pdfWithoutData");
        } catch (IOException e) {
            throw new UnreadableInvoiceException("invoicing.received.error.pdf");
        }
    }

    private static void collect(
            @Nullable PDNameTreeNode<PDComplexFileSpecification> node, Map<String, PDComplexFileSpecification> into)
            throws IOException {
        if (node == null) {
            return;
        }
        Map<String, PDComplexFileSpecification> here = node.getNames();
        if (here != null) {
            into.putAll(here);
        }
        List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
        if (kids != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : kids) {
                collect(kid, into);
            }
        }
    }

    private static byte[] bytes(PDComplexFileSpecification spec) throws IOException {
        PDEmbeddedFile file =
                spec.getEmbeddedFileUnicode() != null ? spec.getEmbeddedFileUnicode() : spec.getEmbeddedFile();
        if (file == null) {
            throw new UnreadableInvoiceException("invoicing.received.error.pdfWithoutData");
        }
        try (var in = file.createInputStream()) {
            byte[] xml = in.readNBytes(MAX_BYTES + 1);
            if (xml.length > MAX_BYTES) {
                throw new UnreadableInvoiceException("invoicing.received.error.tooLarge", MAX_BYTES / (1024 * 1024));
            }
            return xml;
        }
    }

    /** The terms the check cannot do without, named with their EN 16931 numbers when absent. */
    static void requireTerms(
            @Nullable String number,
            @Nullable LocalDate issued,
            @Nullable String currency,
            @Nullable BigDecimal net,
            @Nullable BigDecimal gross,
            List<ReceivedInvoice.Line> lines) {
        List<String> missing = new ArrayList<>();
        addIfNull(missing, number, "BT-1");
        addIfNull(missing, issued, "BT-2");
        addIfNull(missing, currency, "BT-5");
        addIfNull(missing, net, "BT-109");
        addIfNull(missing, gross, "BT-112");
        if (lines.isEmpty()) {
            missing.add("BG-25");
        }
        if (!missing.isEmpty()) {
            throw new UnreadableInvoiceException("invoicing.received.error.missing", String.join(", ", missing));
        }
    }

    private static void addIfNull(List<String> missing, @Nullable Object value, String term) {
        if (value == null) {
            missing.add(term);
        }
    }
}
