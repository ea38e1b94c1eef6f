package app.avenant.document.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.ContractFilter;
import app.avenant.contract.Contracts;
import app.avenant.document.ContractFiles;
import app.avenant.document.KeptFile;
import app.avenant.testing.ShownText;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Documents du contrat" as the PME's accountant and the provider's manager use it. */
class ContractFilesViewTest extends UiTest {

    @Autowired
    Contracts contracts;

    @Autowired
    ContractFiles files;

    private UUID bookkeeping() {
        return contracts
                .myContracts(new ContractFilter(null, "AV-2026-001"), 0, 5)
                .getFirst()
                .id();
    }

    private ContractFilesView open(String username) {
        login(username);
        UUID id = bookkeeping();
        login(username, "contracts/" + id + "/documents");
        return _get(ContractFilesView.class);
    }

    @Test
    void an_editor_adds_a_file_it_is_listed_with_a_download_link_and_the_screen_says_so() {
        ContractFilesView view = open("paul.durand");
        String name = "Annexe " + UUID.randomUUID().toString().substring(0, 8) + ".pdf";

        UploadKt._upload(
                view.upload, name, "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(ShownText.of(view.status)).isEqualTo("« " + name + " » a été ajouté aux documents du contrat.");
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(1);
        Anchor link = (Anchor) GridKt._getCellComponent(view.grid, 0, "name");
        assertThat(link.getText()).isEqualTo(name);
        assertThat(link.getHref()).startsWith("documents/contracts/" + bookkeeping() + "/files/");
        assertThat(GridKt._getFormatted(view.grid, 0, "addedBy")).isEqualTo("Paul Durand (PME)");
    }

    @Test
    void a_refused_file_is_explained_and_not_listed() {
        ContractFilesView view = open("lea.bernard");
        int before = GridKt._size(view.grid);

        UploadKt._upload(view.upload, "facture.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 1});

        assertThat(ShownText.of(view.status))
                .startsWith("« facture.pdf » n’a pas été ajouté : son contenu n’est pas celui d’un type accepté");
        assertThat(view.status.getChildren().findFirst().orElseThrow().getClassNames())
                .contains("av-files-status--problem");
        assertThat(GridKt._size(view.grid)).isEqualTo(before);
    }

    @Test
    void several_files_dropped_together_are_each_told_newest_first() {
        ContractFilesView view = open("lea.bernard");
        String tag = UUID.randomUUID().toString().substring(0, 8);

        UploadKt._upload(view.upload, "a-" + tag + ".txt", "text/plain", ("A " + tag).getBytes(StandardCharsets.UTF_8));
        UploadKt._upload(view.upload, "b-" + tag + ".pdf", "application/pdf", new byte[] {'M', 'Z'});

        assertThat(view.status.getChildren().map(ShownText::of).toList())
                .startsWith(
                        "« b-" + tag + ".pdf » n’a pas été ajouté : son contenu n’est pas celui d’un type accepté, quel"
                                + " que soit son nom (un fichier nommé .pdf doit être un vrai PDF). Sont acceptés : PDF,"
                                + " images (PNG, JPEG, GIF, WebP, TIFF), documents Word, Excel, PowerPoint ou"
                                + " OpenDocument sans macros, texte brut et CSV.",
                        "« a-" + tag + ".txt » a été ajouté aux documents du contrat.");
    }

    @Test
    void removing_asks_first_and_then_the_file_leaves_the_list() {
        login("paul.durand");
        KeptFile kept = files.add(bookkeeping(), "à retirer.txt", "brouillon\n".getBytes(StandardCharsets.UTF_8));
        ContractFilesView view = open("paul.durand");

        view.confirmRemoval(kept);
        Dialog dialog = _get(Dialog.class);
        assertThat(ShownText.of(dialog)).contains("« à retirer.txt » ne sera plus listé pour aucun des deux côtés.");
        _get(dialog, Button.class, spec -> spec.withText("Retirer le document")).click();

        assertThat(_find(Dialog.class)).isEmpty();
        assertThat(files.list(bookkeeping(), 0, 100)).extracting(KeptFile::id).doesNotContain(kept.id());
        assertThat(ShownText.of(view.status)).contains("a été retiré");
    }

    @Test
    void on_a_phone_each_file_is_one_stacked_cell_beside_its_remove_button() {
        login("paul.durand");
        files.add(bookkeeping(), "sur téléphone.txt", "procédure\n".getBytes(StandardCharsets.UTF_8));
        ContractFilesView view = open("paul.durand");
        windowWidth(390);

        assertThat(visibleColumns(view.grid)).containsExactly("stacked", "remove");
        assertThat(view.grid.getClassNames()).contains("stacked");
    }

    @Test
    void another_organisation_sees_the_contract_not_found() {
        login("claire.martin");
        UUID id = bookkeeping();
        login("marc.petit", "contracts/" + id + "/documents");

        assertThat(ShownText.of(_get(ContractFilesView.class))).contains("Contrat introuvable");
        assertThat(_find(com.vaadin.flow.component.upload.Upload.class)).isEmpty();
    }
}
