package app.avenant.document;

import static app.avenant.document.DocumentFixtures.bookkeeping;
import static app.avenant.document.DocumentFixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.change.ChangeRequests;
import app.avenant.change.NewChangeRequest;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.Contracts;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.ScopeAttachment;
import app.avenant.contract.terms.Terms;
import app.avenant.testing.UiTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A procedure attached to a scope item of AV-2026-001 in a change request: kept by its content, downloaded by both
 * sides once a revision names it, by nobody else, and never a content the contract's terms do not name.
 */
class ScopeDocumentsTest extends UiTest {

    @Autowired
    ScopeDocuments documents;

    @Autowired
    Contracts contracts;

    @Autowired
    ChangeRequests changeRequests;

    @Test
    void a_procedure_proposed_in_a_request_is_downloaded_by_both_sides_and_nobody_else() throws Exception {
        login("paul.durand");
        UUID contract = bookkeeping(contracts);
        byte[] content = pdf("procédure " + UUID.randomUUID());
        ScopeAttachment kept = documents.keep(contract, "../Procédure de saisie.pdf", content);
        assertThat(kept.fileName()).isEqualTo("Procédure de saisie.pdf");
        assertThat(kept.mediaType()).isEqualTo("application/pdf");

        assertThatThrownBy(() -> documents.download(contract, kept.sha256()))
                .as("kept, but named by no terms yet")
                .isInstanceOf(ContractNotFoundException.class);

        UUID request = changeRequests.propose(
                contract, new NewChangeRequest("Procédure jointe", "La procédure écrite", ObjectiveKind.RELIABILITY));
        var detail = changeRequests.detail(request);
        Terms proposed = detail.proposed();
        proposed = proposed.withScopeItem(proposed.scopeItems().getFirst().withAttachments(List.of(kept)));
        changeRequests.revise(request, detail.version(), proposed, "La procédure en annexe");

        login("julien.moreau");
        FileContent download = documents.download(contract, kept.sha256());
        assertThat(download.fileName()).isEqualTo("Procédure de saisie.pdf");
        try (InputStream in = download.bytes().open()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }

        login("marc.petit");
        assertThatThrownBy(() -> documents.download(contract, kept.sha256()))
                .isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> documents.keep(contract, "x.pdf", pdf("x")))
                .isInstanceOf(ContractNotFoundException.class);
    }

    @Test
    void a_reader_keeps_nothing_and_a_program_named_pdf_is_refused() {
        login("paul.durand");
        UUID contract = bookkeeping(contracts);
        assertThatThrownBy(() -> documents.keep(
                        contract, "procédure.pdf", "MZ\u0090\u0000 program".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(FileRefusedException.class);
        assertThatThrownBy(() -> documents.download(contract, "../../etc/passwd"))
                .isInstanceOf(ContractNotFoundException.class);
    }
}
