package app.avenant.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.contract.ContractFilter;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.Contracts;
import app.avenant.contract.FoundVersion;
import app.avenant.contract.PrintedVersions;
import app.avenant.contract.VersionSummary;
import app.avenant.document.DocumentCheck.Outcome;
import app.avenant.shared.format.Formats;
import app.avenant.testing.UiTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PDFs of the demo's worked example (AV-2026-001: version 3 came from request n° 2, the PME's new baseline and the
 * provider's counter-proposed price above 1 000 invoices), read back with PDFBox as a reader's viewer would, and
 * "Vérifier un document" on them, for a member and for someone of another organisation.
 */
class VersionDocumentsTest extends UiTest {

    private static final Locale FR = Locale.FRANCE;
    private static final String OUTSIDER = "marc.petit";

    @Autowired
    VersionDocuments documents;

    @Autowired
    PrintedVersions printed;

    @Autowired
    Contracts contracts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_amendment_shows_each_change_before_and_after_who_proposed_it_the_reason_and_both_approvals()
            throws IOException {
        login("claire.martin");
        UUID id = bookkeeping();
        VersionSummary v3 = contracts.versions(id, 0, 1).getFirst();

        PdfFile file = documents.amendment(id, 3);

        assertThat(file.fileName()).isEqualTo("Avenant-2-contrat-AV-2026-001.pdf");
        String text = text(file.content());
        assertThat(text)
                .contains(
                        "Avenant n° 2 au contrat AV-2026-001",
                        "Cet avenant modifie la version 2 du contrat ; il en fait la version 3.",
                        "Boulangerie Martin SARL",
                        "Compta Services Lyon SAS");
        // the two changes of the worked example, each with the side and the person whose value was kept
        assertThat(oneLine(text))
                .contains(
                        "Volume de référence mensuel " + units(800) + " " + units(1040) + " PME — Paul Durand",
                        "Prix unitaire — tranche à partir de " + units(1001) + " " + money("1.60") + " " + money("1.70")
                                + " Prestataire — Léa Bernard");
        assertThat(text).contains("Motif", "Objectif servi", "Demande n° 2");
        // both approvals: name, organisation, role, date and time (Paris)
        assertThat(oneLine(text))
                .contains(
                        v3.clientApprover() + " Boulangerie Martin SARL Propriétaire PME",
                        v3.providerApprover() + " Compta Services Lyon SAS Responsable prestataire");
        assertThat(text).containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        // nothing else changed: the other scope items are not listed
        assertThat(text).doesNotContain("Rapprochement bancaire mensuel");
    }

    @Test
    void the_version_prints_its_whole_terms_with_the_worked_example_s_figures() throws IOException {
        login("claire.martin");
        UUID id = bookkeeping();

        PdfFile file = documents.version(id, 3);

        assertThat(file.fileName()).isEqualTo("Contrat-AV-2026-001-version-3.pdf");
        String text = oneLine(text(file.content()));
        assertThat(text)
                .contains(
                        "Contrat AV-2026-001 — version 3",
                        "Saisie des factures fournisseurs",
                        "Critères d’acceptation",
                        // the bands, the provider's price above 1 000 invoices
                        units(0) + " " + units(500) + " " + money("2.00"),
                        units(501) + " " + units(1000) + " " + money("1.80"),
                        units(1001) + " et au-delà " + money("1.70"),
                        // 500 × 2,00 + 500 × 1,80 + 40 × 1,70 at the new baseline of 1 040
                        "Coût mensuel au volume de référence (sans saisonnalité) " + money("1968.00"),
                        // the seasonal profile: January ×1.3, August ×0.6
                        "Janvier ×1,3",
                        "Août ×0,6",
                        // the service level and what missing it costs: 50 % of an at-risk amount of 12 %
                        "Montant à risque : " + percent("12") + " des charges du mois",
                        percent("95") + " " + percent("90"),
                        percent("50") + " " + percent("6"),
                        "Plafond total des pénalités",
                        "Préavis",
                        "Demande n° 2");
    }

    @Test
    void every_page_carries_the_fingerprint_and_every_font_is_embedded() throws IOException {
        login("claire.martin");
        UUID id = bookkeeping();
        String fingerprint = printed.printable(id, 3).fingerprint();

        for (PdfFile file : List.of(documents.version(id, 3), documents.amendment(id, 3))) {
            try (PDDocument pdf = Loader.loadPDF(file.content())) {
                assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(1);
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    String pageText = stripper.getText(pdf);
                    assertThat(pageText)
                            .as("page %d of %s", page, file.fileName())
                            .contains("Empreinte SHA-256 : " + fingerprint)
                            .contains("Page " + page + " / " + pdf.getNumberOfPages());
                }
                for (PDPage page : pdf.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    }
                }
                assertThat(pdf.getDocumentInformation().getCustomMetadataValue("AvenantFingerprint"))
                        .isEqualTo(fingerprint);
            }
        }
        assertThat(fingerprint).matches("[0-9a-f]{64}");
    }

    @Test
    void a_member_learns_which_version_a_pdf_or_a_fingerprint_is_and_an_outsider_learns_nothing() {
        login("claire.martin");
        UUID id = bookkeeping();
        byte[] v2 = documents.version(id, 2).content();
        String fingerprint = printed.printable(id, 2).fingerprint();

        DocumentCheck byFile = documents.checkPdf(v2);
        assertThat(byFile.outcome()).isEqualTo(Outcome.MATCH);
        assertThat(byFile.amendment()).as("a version's PDF, not an amendment's").isNull();
        assertThat(documents.checkPdf(documents.amendment(id, 3).content()).amendment())
                .isEqualTo(2);
        assertThat(byFile.matches()).singleElement().satisfies(found -> {
            assertThat(found.contractId()).isEqualTo(id);
            assertThat(found.number()).isEqualTo(2);
            assertThat(found.isInForce()).as("version 3 replaced it").isFalse();
            assertThat(found.currentVersion()).isEqualTo(3);
        });
        // typed from the paper: 16 digits are enough, spaces and capitals do not matter
        String typed = fingerprint.substring(0, 16).toUpperCase(Locale.ROOT).replaceAll("(.{4})", "$1 ");
        assertThat(documents.checkFingerprint(typed).matches())
                .singleElement()
                .satisfies(found -> assertThat(found.number()).isEqualTo(2));
        assertThat(documents.checkFingerprint("0".repeat(64)).outcome()).isEqualTo(Outcome.NO_MATCH);
        assertThat(documents.checkFingerprint("abc").outcome()).isEqualTo(Outcome.UNREADABLE_FINGERPRINT);
        assertThat(documents.checkFingerprint("not a fingerprint at all!").outcome())
                .isEqualTo(Outcome.UNREADABLE_FINGERPRINT);
        assertThat(documents.checkPdf("just text, named .pdf".getBytes()).outcome())
                .isEqualTo(Outcome.NOT_A_PDF);
        assertThat(documents.checkPdf(blankPdf()).outcome()).isEqualTo(Outcome.NO_FINGERPRINT);

        login(OUTSIDER);
        // the same file and the same fingerprint say nothing to someone of another organisation
        assertThat(documents.checkPdf(v2).outcome()).isEqualTo(Outcome.NO_MATCH);
        assertThat(documents.checkFingerprint(fingerprint).outcome()).isEqualTo(Outcome.NO_MATCH);
        assertThatThrownBy(() -> documents.version(id, 2)).isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> documents.amendment(id, 3)).isInstanceOf(ContractNotFoundException.class);
    }

    @Test
    void a_file_put_together_from_two_documents_names_both_versions_and_says_it_is_mixed() throws IOException {
        login("claire.martin");
        UUID id = bookkeeping();
        byte[] merged = merged(
                documents.amendment(id, 2).content(), documents.amendment(id, 3).content());

        DocumentCheck check = documents.checkPdf(merged);

        assertThat(check.outcome()).isEqualTo(Outcome.MATCH);
        assertThat(check.mixed()).isTrue();
        assertThat(check.amendment()).as("not one amendment").isNull();
        assertThat(check.matches()).extracting(FoundVersion::number).containsExactly(2, 3);
    }

    @Test
    void the_fingerprint_printed_on_the_pages_is_read_when_the_file_lost_its_metadata() throws IOException {
        login("claire.martin");
        UUID id = bookkeeping();
        byte[] stripped;
        try (PDDocument pdf = Loader.loadPDF(documents.amendment(id, 3).content());
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.setDocumentInformation(new org.apache.pdfbox.pdmodel.PDDocumentInformation());
            pdf.save(out);
            stripped = out.toByteArray();
        }

        DocumentCheck check = documents.checkPdf(stripped);

        assertThat(check.outcome()).isEqualTo(Outcome.MATCH);
        assertThat(check.matches())
                .singleElement()
                .satisfies(v -> assertThat(v.number()).isEqualTo(3));
    }

    private static byte[] merged(byte[] first, byte[] second) throws IOException {
        try (PDDocument a = Loader.loadPDF(first);
                PDDocument b = Loader.loadPDF(second);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (PDPage page : b.getPages()) {
                a.importPage(page);
            }
            a.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void there_is_no_amendment_for_version_1_nor_any_document_for_a_version_the_contract_lacks() {
        login("paul.durand");
        UUID id = bookkeeping();

        assertThatThrownBy(() -> documents.amendment(id, 1)).isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> documents.version(id, 4)).isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> documents.version(id, 0)).isInstanceOf(ContractNotFoundException.class);
        assertThat(documents.version(id, 1).content()).isNotEmpty();
    }

    @Test
    void each_download_is_in_the_audit_trail_with_its_file_and_fingerprint() {
        login("lea.bernard");
        UUID id = bookkeeping();
        String fingerprint = printed.printable(id, 3).fingerprint();
        Integer before = exports(id, fingerprint);

        documents.amendment(id, 3);

        assertThat(exports(id, fingerprint)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject(
                        "select details from audit_entry where contract_id = ? and action = 'EXPORT' order by seq desc"
                                + " limit 1",
                        String.class,
                        id))
                .contains("file=Avenant-2-contrat-AV-2026-001.pdf", "version=3", "fingerprint=" + fingerprint);
    }

    private Integer exports(UUID id, String fingerprint) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where contract_id = ? and action = 'EXPORT' and details like ?",
                Integer.class,
                id,
                "%fingerprint=" + fingerprint + "%");
    }

    private UUID bookkeeping() {
        return contracts
                .myContracts(new ContractFilter(null, "AV-2026-001"), 0, 5)
                .getFirst()
                .id();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Table cells come out one per line: joined with spaces, a row reads as one line. */
    static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    private static byte[] blankPdf() {
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String money(String amount) {
        return Formats.money(new BigDecimal(amount), FR);
    }

    private static String units(long units) {
        return Formats.units(units, FR);
    }

    private static String percent(String percent) {
        return Formats.percent(new BigDecimal(percent), FR);
    }
}
