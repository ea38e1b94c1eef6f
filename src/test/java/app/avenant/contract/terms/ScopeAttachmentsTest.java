package app.avenant.contract.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.contract.persistence.TermsJson;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Documents attached to a scope item are part of the terms: stored with the version, told by the diff (a replaced
 * document too, even under the same name), merged like the other fields, and validated.
 */
class ScopeAttachmentsTest {

    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "b".repeat(64);

    private static ScopeAttachment procedure(String sha) {
        return new ScopeAttachment("Procédure de saisie.pdf", "application/pdf", 52_000, sha);
    }

    private static Terms withDocuments(List<ScopeAttachment> documents) {
        Terms example = TermsFixtures.invoiceEntryExample();
        return example.withScopeItem(example.scopeItems().getFirst().withAttachments(documents));
    }

    @Test
    void a_version_keeps_its_documents_and_one_without_is_stored_as_before() {
        Terms with = withDocuments(List.of(procedure(SHA_A)));

        assertThat(TermsJson.read(TermsJson.write(with))).isEqualTo(with);
        assertThat(TermsJson.write(with)).contains("\"attachments\":[{\"fileName\":\"Procédure de saisie.pdf\"");
        assertThat(TermsJson.write(TermsFixtures.invoiceEntryExample()))
                .as("no property for none: earlier versions' documents and fingerprints are unchanged")
                .doesNotContain("attachments");
    }

    @Test
    void the_diff_tells_a_document_added_and_one_replaced_under_the_same_name() {
        Terms none = TermsFixtures.invoiceEntryExample();
        Terms first = withDocuments(List.of(procedure(SHA_A)));
        Terms replaced = withDocuments(List.of(procedure(SHA_B)));

        assertThat(TermsDiff.between(none, first).changes())
                .flatExtracting(ItemChange::fields)
                .anySatisfy(f -> {
                    assertThat(f.field()).isEqualTo("scope.attachments");
                    assertThat(f.before()).isNull();
                    assertThat(f.after()).isEqualTo("Procédure de saisie.pdf (aaaaaaaa)");
                });
        assertThat(TermsDiff.between(first, replaced).changes())
                .flatExtracting(ItemChange::fields)
                .anySatisfy(f -> {
                    assertThat(f.field()).isEqualTo("scope.attachments");
                    assertThat(f.after()).isEqualTo("Procédure de saisie.pdf (bbbbbbbb)");
                });
    }

    @Test
    void a_document_added_by_the_other_request_meanwhile_is_kept_by_the_merge() {
        Terms base = TermsFixtures.invoiceEntryExample();
        Terms theirs = withDocuments(List.of(procedure(SHA_A)));
        Terms ours = base.withHeader(base.header()); // this request changed nothing of the item

        MergeResult merged = TermsMerge.merge(base, ours, theirs);

        assertThat(merged.conflicts()).isEmpty();
        assertThat(merged.merged().scopeItems().getFirst().attachments()).containsExactly(procedure(SHA_A));
    }

    @Test
    void documents_are_validated_with_the_terms() {
        assertThatThrownBy(() -> withDocuments(List.of(procedure(SHA_A), procedure(SHA_A))))
                .isInstanceOf(InvalidTermsException.class)
                .hasMessageContaining("attachments.duplicate");
        assertThatThrownBy(() -> withDocuments(Collections.nCopies(11, procedure(SHA_A))))
                .isInstanceOf(InvalidTermsException.class)
                .hasMessageContaining("attachments.tooMany");
        assertThatThrownBy(() -> new ScopeAttachment("x.pdf", "application/pdf", 10, "not-a-sha"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_attached_procedure_counts_as_documentation_for_readiness() {
        ScopeItem item = TermsFixtures.invoiceEntryExample().scopeItems().getFirst();
        ScopeItem withoutLink = new ScopeItem(
                item.key(),
                item.title(),
                "Saisir",
                "Sans erreur",
                "facture",
                "",
                false,
                null,
                List.of(procedure(SHA_A)));

        assertThat(withoutLink.isReady()).isTrue();
        assertThat(withoutLink.withAttachments(List.of()).isReady()).isFalse();
    }
}
