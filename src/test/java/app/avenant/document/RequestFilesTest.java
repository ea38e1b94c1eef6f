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
import app.avenant.testing.UiTest;
import java.io.InputStream;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Files attached to a change request of AV-2026-001: both sides see them on the request (not among the contract's
 * own files); a stranger gets "introuvable"; a closed request keeps the files it had.
 */
class RequestFilesTest extends UiTest {

    @Autowired
    ContractFiles files;

    @Autowired
    Contracts contracts;

    @Autowired
    ChangeRequests changeRequests;

    private UUID newRequest() {
        return changeRequests.propose(
                bookkeeping(contracts),
                new NewChangeRequest("Nouvelle annexe", "La procédure change", ObjectiveKind.RELIABILITY));
    }

    @Test
    void an_annex_attached_by_the_pme_is_read_by_the_provider_on_the_request_only() throws Exception {
        login("paul.durand");
        UUID contract = bookkeeping(contracts);
        UUID request = newRequest();
        byte[] annex = pdf("annexe " + UUID.randomUUID());

        KeptFile kept = files.addToRequest(request, "Annexe 3 - procédure.pdf", annex);

        assertThat(files.requestFolder(request).canAdd()).isTrue();
        assertThat(files.listOnRequest(request, 0, 10)).extracting(KeptFile::id).containsExactly(kept.id());
        assertThat(files.list(contract, 0, 500))
                .as("not among the contract's own documents")
                .extracting(KeptFile::id)
                .doesNotContain(kept.id());
        assertThatThrownBy(() -> files.addToRequest(request, "copie.pdf", annex))
                .isInstanceOf(FileRefusedException.class)
                .extracting(e -> ((FileRefusedException) e).messageKey())
                .isEqualTo("document.requestFiles.error.duplicate");

        login("lea.bernard");
        assertThat(files.requestFolder(request).draftOfOtherSide()).isTrue();
        assertThatThrownBy(() -> files.addToRequest(request, "contre-devis.pdf", pdf("contre " + UUID.randomUUID())))
                .as("the PME's draft takes the PME's files only")
                .isInstanceOf(AccessDeniedException.class);

        login("julien.moreau");
        RequestFolder folder = files.requestFolder(request);
        assertThat(folder.contractId()).isEqualTo(contract);
        assertThat(folder.title()).isEqualTo("Nouvelle annexe");
        assertThat(files.countOnRequest(request)).isEqualTo(1);
        try (InputStream in = files.download(contract, kept.id()).bytes().open()) {
            assertThat(in.readAllBytes()).isEqualTo(annex);
        }
    }

    @Test
    void a_stranger_learns_nothing_of_the_request_nor_of_its_files() {
        login("paul.durand");
        UUID contract = bookkeeping(contracts);
        UUID request = newRequest();
        KeptFile kept = files.addToRequest(request, "devis.pdf", pdf("devis " + UUID.randomUUID()));

        login("marc.petit");
        assertThatThrownBy(() -> files.requestFolder(request)).isInstanceOf(RequestNotFoundException.class);
        assertThatThrownBy(() -> files.listOnRequest(request, 0, 10)).isInstanceOf(RequestNotFoundException.class);
        assertThatThrownBy(() -> files.addToRequest(request, "x.pdf", pdf("x")))
                .isInstanceOf(RequestNotFoundException.class);
        assertThatThrownBy(() -> files.requestFolder(UUID.randomUUID())).isInstanceOf(RequestNotFoundException.class);
        assertThatThrownBy(() -> files.download(contract, kept.id())).isInstanceOf(ContractNotFoundException.class);
    }

    @Test
    void a_withdrawn_request_keeps_its_files_as_they_were() {
        login("paul.durand");
        UUID request = newRequest();
        KeptFile kept = files.addToRequest(request, "devis.pdf", pdf("devis " + UUID.randomUUID()));
        changeRequests.withdraw(request);

        assertThat(files.requestFolder(request).canAdd()).isFalse();
        assertThat(files.listOnRequest(request, 0, 10))
                .singleElement()
                .satisfies(f -> assertThat(f.removable()).isFalse());
        assertThatThrownBy(() -> files.addToRequest(request, "autre.pdf", pdf("autre")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> files.remove(bookkeeping(contracts), kept.id()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
