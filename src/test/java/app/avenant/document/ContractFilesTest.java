package app.avenant.document;

import static app.avenant.document.DocumentFixtures.bookkeeping;
import static app.avenant.document.DocumentFixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.contract.ContractFilter;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.Contracts;
import app.avenant.contract.Side;
import app.avenant.document.attachment.FileStore;
import app.avenant.testing.UiTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Files kept with the demo contract AV-2026-001, by its PME and its provider, and what a stranger gets. */
class ContractFilesTest extends UiTest {

    @Autowired
    ContractFiles files;

    @Autowired
    FileStore store;

    @Autowired
    Contracts contracts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_editor_keeps_a_file_both_sides_list_it_and_download_the_same_bytes() throws IOException {
        login("paul.durand");
        UUID id = bookkeeping(contracts);
        byte[] content = pdf("contrat signé " + UUID.randomUUID());

        KeptFile kept = files.add(id, "Contrat signé.pdf", content);

        assertThat(kept.fileName()).isEqualTo("Contrat signé.pdf");
        assertThat(kept.mediaType()).isEqualTo("application/pdf");
        assertThat(kept.sizeBytes()).isEqualTo(content.length);
        assertThat(kept.addedByName()).isEqualTo("Paul Durand");
        assertThat(kept.addedSide()).isEqualTo(Side.CLIENT);
        assertThat(store.contains(kept.sha256()))
                .as("on disk before it is listed")
                .isTrue();

        login("lea.bernard");
        assertThat(files.list(id, 0, 50)).extracting(KeptFile::id).contains(kept.id());
        FileContent download = files.download(id, kept.id());
        try (InputStream in = download.bytes().open()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(download.fileName()).isEqualTo("Contrat signé.pdf");
        assertThat(audited(id, "FILE_ADDED", kept.sha256())).isEqualTo(1);
        assertThat(audited(id, "EXPORT", kept.sha256())).isEqualTo(1);
    }

    @Test
    void the_same_content_is_stored_once_and_kept_once_per_contract() {
        login("claire.martin");
        UUID bookkeeping = bookkeeping(contracts);
        UUID itSupport = contracts
                .myContracts(new ContractFilter(null, "AV-2026-002"), 0, 5)
                .getFirst()
                .id();
        byte[] content = pdf("annexe " + UUID.randomUUID());

        KeptFile first = files.add(bookkeeping, "annexe-1.pdf", content);
        KeptFile other = files.add(itSupport, "annexe commune.pdf", content);

        assertThat(other.sha256()).isEqualTo(first.sha256());
        assertThat(store.contains(first.sha256())).isTrue();
        // twice in one contract's list, nobody could tell which copy is the right one
        assertThatThrownBy(() -> files.add(bookkeeping, "annexe-1 (copie).pdf", content))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("document.files.error.duplicate");
                    assertThat(e.arguments()).containsExactly("annexe-1.pdf");
                });
        // once removed, the same document may be kept again
        files.remove(bookkeeping, first.id());
        assertThat(files.add(bookkeeping, "annexe-1.pdf", content).sha256()).isEqualTo(first.sha256());
    }

    @Test
    void too_large_empty_or_unaccepted_files_are_refused_and_nothing_is_kept() {
        login("lea.bernard");
        UUID id = bookkeeping(contracts);
        long before = files.count(id);

        byte[] tooBig = new byte[ContractFiles.MAX_BYTES + 1];
        System.arraycopy(pdf("x"), 0, tooBig, 0, 10);
        assertThatThrownBy(() -> files.add(id, "gros.pdf", tooBig))
                .isInstanceOfSatisfying(
                        FileRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("document.files.error.tooBig"));
        assertThatThrownBy(() -> files.add(id, "vide.pdf", new byte[0]))
                .isInstanceOfSatisfying(
                        FileRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("document.files.error.empty"));
        assertThatThrownBy(() -> files.add(id, "facture.pdf", new byte[] {'M', 'Z', 0, 0}))
                .isInstanceOfSatisfying(
                        FileRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("document.files.error.kind"));

        assertThat(files.count(id)).isEqualTo(before);
    }

    @Test
    void who_added_a_file_or_the_owner_of_their_side_removes_it_the_other_side_cannot() {
        login("paul.durand");
        UUID id = bookkeeping(contracts);
        KeptFile kept = files.add(id, "procedure.txt", "Procédure\n".getBytes(StandardCharsets.UTF_8));

        login("julien.moreau");
        assertThat(files.list(id, 0, 50))
                .filteredOn(f -> f.id().equals(kept.id()))
                .singleElement()
                .satisfies(f -> assertThat(f.removable()).isFalse());
        assertThatThrownBy(() -> files.remove(id, kept.id())).isInstanceOf(AccessDeniedException.class);

        login("claire.martin");
        files.remove(id, kept.id());

        assertThat(files.list(id, 0, 50)).extracting(KeptFile::id).doesNotContain(kept.id());
        assertThatThrownBy(() -> files.download(id, kept.id())).isInstanceOf(ContractNotFoundException.class);
        assertThat(audited(id, "FILE_REMOVED", kept.sha256())).isEqualTo(1);
    }

    @Test
    void another_organisation_gets_not_found_for_every_call_even_with_the_file_s_id() {
        login("paul.durand");
        UUID id = bookkeeping(contracts);
        KeptFile kept = files.add(id, "annexe.pdf", pdf("confidentiel " + UUID.randomUUID()));

        login("marc.petit");
        assertThatThrownBy(() -> files.list(id, 0, 10)).isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> files.count(id)).isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> files.download(id, kept.id())).isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> files.remove(id, kept.id())).isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> files.add(id, "x.pdf", pdf("x"))).isInstanceOf(ContractNotFoundException.class);
        // nor through a contract of their own: a file id of another contract is not found there
        UUID theirs = contracts
                .myContracts(new ContractFilter(null, "AV-2026-002"), 0, 5)
                .getFirst()
                .id();
        assertThatThrownBy(() -> files.download(theirs, kept.id())).isInstanceOf(ContractNotFoundException.class);
    }

    private Integer audited(UUID contractId, String action, String sha256) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where contract_id = ? and action = ? and details like ?",
                Integer.class,
                contractId,
                action,
                "%sha256=" + sha256 + "%");
    }
}
