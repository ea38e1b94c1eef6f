package app.avenant.performance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.Contracts;
import app.avenant.performance.DeliverableFilter;
import app.avenant.performance.DeliverableRow;
import app.avenant.performance.Deliverables;
import app.avenant.performance.PerformanceFixtures;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The CSV import flow, from the file chosen to the grid refreshed; files in src/test/resources/csv. */
class DeliverableImportTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    Deliverables deliverables;

    PerformanceContract contract;

    @BeforeEach
    void contract() {
        contract = new PerformanceFixtures(accounts, contracts, deliverables).workedExample();
        login(contract.providerEditor(), "contracts/" + contract.id() + "/deliverables");
    }

    @Test
    void a_french_excel_file_is_previewed_then_imported_whole_and_the_grid_shows_it() {
        DeliverableImportDialog dialog = openImport();

        upload(dialog, "livrables-excel-fr.csv");

        assertThat(dialog.summary.getText())
                .isEqualTo("Fichier « livrables-excel-fr.csv » : 4 lignes, 4 livrables lisibles.");
        assertThat(GridKt._fetch(dialog.preview, 0, 50)).hasSize(4);
        assertThat(dialog.report.isVisible()).isFalse();
        assertThat(dialog.importButton.isEnabled()).isTrue();
        assertThat(dialog.importButton.getText()).isEqualTo("Importer 4 livrables");

        _click(dialog.importButton);
        // the service runs on another thread; its answer waits for this thread to run the UI's queue
        assertThat(dialog.progress.isVisible()).isTrue();
        assertThat(dialog.progressText.getText()).isEqualTo("Import de 4 livrables en cours…");
        assertThat(dialog.importButton.isEnabled()).isFalse();
        awaitUi(() -> !dialog.isOpened());

        assertThat(notifications()).contains("4 livrables importés.");
        DeliverablesView view = _get(DeliverablesView.class);
        assertThat(GridKt._fetch(view.grid, 0, 50))
                .extracting(DeliverableRow::reference)
                .containsExactlyInAnyOrder("FAC-2026-03", "FAC-2026-03-B", "PAIE-2026-03", "PAIE-2026-04");
        assertThat(GridKt._fetch(view.grid, 0, 50))
                .allSatisfy(row -> assertThat(row.source().name()).isEqualTo("CSV"));
    }

    @Test
    void importing_the_same_file_again_stores_nothing_more_and_says_so() {
        DeliverableImportDialog first = openImport();
        upload(first, "livrables-excel-fr.csv");
        _click(first.importButton);
        awaitUi(() -> !first.isOpened());

        DeliverableImportDialog second = openImport();
        upload(second, "livrables-excel-fr.csv");
        _click(second.importButton);
        awaitUi(() -> !second.isOpened());

        assertThat(notifications()).contains("Aucun livrable importé (4 déjà enregistrés).");
        assertThat(storedCount()).isEqualTo(4);
    }

    @Test
    void a_file_the_service_refuses_stores_nothing_and_the_report_names_each_line() {
        DeliverableImportDialog dialog = openImport();
        upload(dialog, "livrables-refuses.csv");
        assertThat(dialog.importButton.isEnabled()).isTrue();

        _click(dialog.importButton);
        awaitUi(() -> dialog.report.isVisible());

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reportTitle.getText()).startsWith("Rien n’a été importé : 2 refus.");
        assertThat(problems(dialog))
                .containsExactly(
                        "Ligne 3 — poste : la prestation « compta » ne figure pas dans la version du contrat applicable en 03/2026.",
                        "Ligne 4 — unités : le nombre d’unités ne peut pas être négatif.");
        assertThat(dialog.importButton.isEnabled()).isFalse();
        assertThat(dialog.progress.isVisible()).isFalse();
        assertThat(storedCount()).isZero();
    }

    @Test
    void a_file_with_a_due_date_in_year_9999_stores_nothing_and_the_report_names_its_line() {
        String text = "reference;poste;echeance;livre_le;unites;qualite;cout\r\n"
                + "FAC-BON;factures;31/03/2026;30/03/2026;12;conforme;\r\n"
                + "FAC-9999;factures;31/12/9999;;3;;\r\n";
        DeliverableImportDialog dialog = openImport();
        UploadKt._upload(dialog.upload, "an-9999.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();
        assertThat(dialog.importButton.isEnabled())
                .as("the file itself is readable")
                .isTrue();

        _click(dialog.importButton);
        awaitUi(() -> dialog.report.isVisible());

        assertThat(dialog.reportTitle.getText()).startsWith("Rien n’a été importé : 1 livrable est refusé.");
        assertThat(problems(dialog))
                .singleElement()
                .asString()
                .startsWith("Ligne 3 — échéance : l’échéance ne peut pas dépasser le ")
                .contains("(5 ans après aujourd’hui)");
        assertThat(storedCount())
                .as("all or nothing: the good line is not stored either")
                .isZero();
    }

    @Test
    void every_unreadable_value_is_listed_and_the_import_stays_off() {
        DeliverableImportDialog dialog = openImport();

        upload(dialog, "livrables-erreurs.csv");

        assertThat(dialog.importButton.isEnabled()).isFalse();
        assertThat(dialog.reportTitle.getText()).startsWith("8 erreurs dans le fichier");
        assertThat(problems(dialog))
                .containsExactly(
                        "Ligne 2 — échéance : date invalide « 31/02/2026 »",
                        "Ligne 3 — échéance : date invalide « 2026-13-01 »",
                        "Ligne 4 — échéance : date invalide « demain »",
                        "Ligne 6 — unités : nombre entier attendu, « douze » lu",
                        "Ligne 7 — qualité : qualité inconnue « parfait » (conforme, reprise ou rejeté)",
                        "Ligne 8 — 3 colonnes au lieu de 7",
                        "Ligne 9 — coût : montant invalide « dix euros »",
                        "Ligne 10 — livré le : date invalide « 31/04/2026 »");
        assertThat(storedCount()).isZero();
    }

    @Test
    void the_preview_shows_the_first_twenty_rows_and_the_count_of_all() {
        StringBuilder text = new StringBuilder("reference;poste;echeance;livre_le;unites;qualite;cout\r\n");
        for (int i = 1; i <= 25; i++) {
            text.append("L-")
                    .append(i)
                    .append(";factures;31/03/2026;;")
                    .append(i)
                    .append(";;\r\n");
        }
        DeliverableImportDialog dialog = openImport();

        UploadKt._upload(dialog.upload, "grand.csv", "text/csv", text.toString().getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();

        assertThat(dialog.summary.getText()).isEqualTo("Fichier « grand.csv » : 25 lignes, 25 livrables lisibles.");
        assertThat(GridKt._fetch(dialog.preview, 0, 50))
                .hasSize(DeliverableImportDialog.PREVIEW_ROWS)
                .first()
                .satisfies(line -> assertThat(line.line()).isEqualTo(2));
        assertThat(dialog.importButton.getText()).isEqualTo("Importer 25 livrables");
    }

    @Test
    void an_empty_file_says_so_and_cannot_be_imported() {
        DeliverableImportDialog dialog = openImport();

        upload(dialog, "livrables-vide.csv");

        assertThat(problems(dialog)).containsExactly("Le fichier est vide.");
        assertThat(dialog.importButton.isEnabled()).isFalse();
        assertThat(dialog.preview.isVisible()).isFalse();
    }

    @Test
    void a_header_without_lines_says_there_is_nothing_to_import() {
        DeliverableImportDialog dialog = openImport();

        upload(dialog, "livrables-entete-seul.csv");

        assertThat(problems(dialog))
                .containsExactly("Ligne 1 — le fichier ne contient que l’en-tête : aucun livrable à importer.");
        assertThat(dialog.importButton.isEnabled()).isFalse();
    }

    private DeliverableImportDialog openImport() {
        DeliverablesView view = _get(DeliverablesView.class);
        _click(view.importCsv);
        return _get(DeliverableImportDialog.class);
    }

    private static void upload(DeliverableImportDialog dialog, String file) {
        UploadKt._upload(dialog.upload, file, "text/csv", bytes(file));
        MockVaadin.runUIQueue();
    }

    private long storedCount() {
        return TestAccounts.as(
                contract.providerManager(), () -> deliverables.count(contract.id(), DeliverableFilter.all()));
    }

    private static List<String> problems(DeliverableImportDialog dialog) {
        return dialog.problems
                .getChildren()
                .map(Component::getElement)
                .map(e -> e.getTextRecursively())
                .toList();
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", ""))
                .toList();
    }

    /** The import runs on its own thread and comes back with UI.access, which this thread then runs. */
    private static void awaitUi(BooleanSupplier condition) {
        awaitUi("the import to finish", condition);
    }

    private static byte[] bytes(String name) {
        try (InputStream in = DeliverableImportTest.class.getResourceAsStream("/csv/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No test file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
