package app.avenant.document.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.Party;
import app.avenant.contract.PrintableVersion;
import app.avenant.contract.Side;
import app.avenant.contract.VersionOrigin;
import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsFixtures;
import app.avenant.identity.LegalIdentity;
import app.avenant.identity.LegalIdentityFixtures;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDFs without Spring: in English for an English reader, long texts wrapped over pages, empty terms said so. */
class VersionPdfTest {

    private static final String FINGERPRINT = "ab".repeat(32);
    private static final Instant ADOPTED = Instant.parse("2026-03-12T09:30:00Z");

    private static PrintableVersion version(Terms terms, Terms previous) {
        UUID id = UUID.randomUUID();
        return new PrintableVersion(
                id,
                "AV-2026-007",
                "Saisie des factures",
                new Party(Side.CLIENT, UUID.randomUUID(), "Boulangerie Éclair SARL", null, null),
                new Party(Side.PROVIDER, UUID.randomUUID(), "Compta Œuvre SAS", UUID.randomUUID(), "Zoé Müller"),
                2,
                ADOPTED,
                "Nouvelle base",
                terms,
                previous,
                FINGERPRINT,
                "Hélène Dupré");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s*\\R\\s*", " ");
        }
    }

    @Test
    void the_parties_legal_identities_are_printed_under_their_names_and_a_party_without_one_is_named_only()
            throws IOException {
        PrintableVersion v = version(TermsFixtures.invoiceEntryExample(), null);
        LegalIdentity provider = LegalIdentityFixtures.provider();

        // amounts are grouped with narrow no-break spaces, as fr-FR writes them
        String text = text(VersionPdf.render(
                        v, null, Map.of(v.provider().organisationId(), provider), Locale.FRANCE, ADOPTED))
                .replaceAll("[\\u00a0\\u202f]", " ");

        assertThat(text)
                .contains("Identité légale du prestataire")
                .contains("SAS au capital de 50 000,00 € — RCS Lyon — SIREN 732 829 320 — TVA FR44732829320 — "
                        + "45 avenue Jean Jaurès, Bâtiment B, 69007 Lyon")
                .doesNotContain("Identité légale du client");
    }

    @Test
    void an_english_reader_gets_the_version_in_english_with_the_accents_of_the_names_intact() throws IOException {
        Terms terms = TermsFixtures.invoiceEntryExample();

        String text = text(VersionPdf.render(version(terms, null), null, Locale.UK, ADOPTED));

        assertThat(text)
                .contains(
                        "Contract AV-2026-007 — version 2",
                        "Boulangerie Éclair SARL",
                        "Compta Œuvre SAS",
                        "Zoé Müller",
                        "Hélène Dupré",
                        "Service levels",
                        "Credit if minimum missed",
                        "SHA-256 fingerprint: " + FINGERPRINT)
                .doesNotContain("Niveaux de service", "!document.");
        assertThat(PrintedFingerprint.of(VersionPdf.render(version(terms, null), null, Locale.UK, ADOPTED)))
                .contains(FINGERPRINT);
    }

    @Test
    void an_amendment_names_the_side_that_proposed_each_change_and_the_approvers_in_order() throws IOException {
        Terms before = TermsFixtures.invoiceEntryExample();
        ScopeItem item = before.scopeItems().getFirst();
        Terms after = before.withScopeItem(new ScopeItem(
                item.key(),
                item.title(),
                item.description(),
                "Pièce jointe archivée sous 24 h",
                item.unitOfMeasure(),
                item.documentationUrl(),
                item.retainedDecision(),
                item.volume()));
        VersionOrigin origin = new VersionOrigin(
                2,
                UUID.randomUUID(),
                4,
                "Archivage plus rapide",
                "Les contrôles fiscaux demandent les pièces sous 24 h.",
                ObjectiveKind.RELIABILITY,
                Side.CLIENT,
                "Hélène Dupré",
                List.of(
                        new VersionOrigin.Approver(Side.PROVIDER, "Zoé Müller", ADOPTED.minusSeconds(3600)),
                        new VersionOrigin.Approver(Side.CLIENT, "Hélène Dupré", ADOPTED)),
                List.of());

        String text = text(AmendmentPdf.render(
                version(after, before),
                origin,
                List.of("Devis archivage.pdf (SHA-256 3f2a9c1e00112233…)"),
                Locale.FRANCE,
                ADOPTED));

        assertThat(text)
                .contains(
                        "Pièces jointes de la demande",
                        "Devis archivage.pdf (SHA-256 3f2a9c1e00112233…)",
                        "Avenant n° 1 au contrat AV-2026-007",
                        "Demande n° 4 — Archivage plus rapide",
                        "Les contrôles fiscaux demandent les pièces sous 24 h.",
                        "Objectif servi Fiabilité",
                        "Critères d’acceptation",
                        "Pièce jointe archivée sous 24 h",
                        "PME — Hélène Dupré",
                        "Zoé Müller Compta Œuvre SAS Responsable prestataire 12/03/2026 09:30",
                        "Hélène Dupré Boulangerie Éclair SARL Propriétaire PME 12/03/2026 10:30");
        assertThat(text.indexOf("Zoé Müller Compta")).isLessThan(text.indexOf("Hélène Dupré Boulangerie"));
    }

    @Test
    void long_texts_run_over_several_pages_and_empty_terms_say_what_is_missing() throws IOException {
        ContractHeader header = TermsFixtures.header();
        Terms empty = Terms.initial(header);
        ScopeItem item = TermsFixtures.invoiceEntry();
        Terms long_ = empty;
        for (int i = 1; i <= 12; i++) {
            long_ = long_.withScopeItem(new ScopeItem(
                    "item-" + i,
                    item.title() + " " + i,
                    "Une très longue description, avec des accents : é, è, à, ç, œ. ".repeat(60),
                    item.acceptanceCriteria(),
                    item.unitOfMeasure(),
                    item.documentationUrl(),
                    false,
                    null));
        }

        byte[] emptyPdf = VersionPdf.render(version(empty, null), null, Locale.FRANCE, ADOPTED);
        byte[] longPdf = VersionPdf.render(version(long_, null), null, Locale.FRANCE, ADOPTED);

        assertThat(text(emptyPdf))
                .contains(
                        "Aucune prestation n’est définie pour ce contrat.",
                        "Aucun niveau de service n’est défini pour ce contrat.");
        try (PDDocument document = Loader.loadPDF(longPdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
        }
        assertThat(PrintedFingerprint.of(longPdf)).isEqualTo(Optional.of(FINGERPRINT));
    }
}
