package app.avenant.contract.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.ContractStatus;
import app.avenant.contract.ContractSummary;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ContractListViewTest extends ContractUiTest {

    @Test
    void a_provider_admin_sees_only_the_contracts_of_their_organisation() {
        login("marc.petit");

        assertThat(references()).containsExactly(IT_SUPPORT);
    }

    @Test
    void the_client_owner_sees_both_contracts_with_their_counterparty_status_and_version() {
        login("claire.martin");

        assertThat(references()).containsExactlyInAnyOrder(BOOKKEEPING, IT_SUPPORT);
        Grid<ContractSummary> grid = grid();
        int row = rowOf(BOOKKEEPING);
        assertThat(GridKt._getFormatted(grid, row, "title")).isEqualTo("Saisie comptable des factures fournisseurs");
        assertThat(GridKt._getFormatted(grid, row, "counterparty")).isEqualTo("Compta Services Lyon SAS");
        assertThat(GridKt._getFormatted(grid, row, "version")).isEqualTo("v3");
        assertThat(GridKt._getFormatted(grid, row, "lastChanged")).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(text(GridKt._getCellComponent(grid, row, "status"))).isEqualTo("Actif");
        assertThat(text(GridKt._getCellComponent(grid, rowOf(IT_SUPPORT), "status")))
                .isEqualTo("Pilote");
    }

    @Test
    void the_page_title_is_translated() {
        login("claire.martin");

        assertThat(_get(ContractListView.class).getPageTitle()).isEqualTo("Mes contrats");
    }

    @Test
    void the_status_filter_keeps_the_contracts_of_that_status() {
        login("claire.martin");
        @SuppressWarnings("unchecked")
        Select<ContractStatus> status = _get(Select.class, spec -> spec.withLabel("Statut"));

        _setValue(status, ContractStatus.PILOT);
        assertThat(references()).containsExactly(IT_SUPPORT);

        _setValue(status, ContractStatus.ACTIVE);
        assertThat(references()).containsExactly(BOOKKEEPING);

        _setValue(status, ContractStatus.TERMINATED);
        assertThat(references()).isEmpty();
        assertThat(grid().getEmptyStateText()).isEqualTo("Aucun contrat ne correspond à votre recherche.");

        _setValue(status, null);
        assertThat(references()).containsExactlyInAnyOrder(BOOKKEEPING, IT_SUPPORT);
    }

    @Test
    void the_text_filter_matches_reference_and_title_ignoring_case() {
        login("claire.martin");
        TextField search = _get(TextField.class, spec -> spec.withLabel("Rechercher"));

        _setValue(search, "INFOGÉRANCE".toLowerCase(Locale.ROOT));
        assertThat(references()).containsExactly(IT_SUPPORT);

        _setValue(search, "2026-001");
        assertThat(references()).containsExactly(BOOKKEEPING);

        _setValue(search, "aucun contrat de ce nom");
        assertThat(references()).isEmpty();
        assertThat(grid().getEmptyStateText()).isEqualTo("Aucun contrat ne correspond à votre recherche.");

        _setValue(search, "");
        assertThat(references()).hasSize(2);
    }

    @Test
    void clicking_a_row_opens_the_contract_workspace() {
        login("claire.martin");

        GridKt._clickItem(grid(), rowOf(BOOKKEEPING));

        NavigatorKt.expectView(ContractWorkspaceView.class);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("contracts/" + idOf(BOOKKEEPING));
        assertThat(_get(ContractWorkspaceView.class).getPageTitle())
                .isEqualTo("AV-2026-001 — Saisie comptable des factures fournisseurs");
    }

    @SuppressWarnings("unchecked")
    private static Grid<ContractSummary> grid() {
        return _get(_get(ContractListView.class), Grid.class);
    }

    private static List<String> references() {
        return GridKt._findAll(grid()).stream().map(ContractSummary::reference).toList();
    }

    private static int rowOf(String reference) {
        int row = references().indexOf(reference);
        assertThat(row).as("row of " + reference).isNotNegative();
        return row;
    }

    @Test
    void on_a_phone_one_column_stacks_what_names_a_contract_and_the_columns_come_back_on_a_wider_screen() {
        login("claire.martin");
        Grid<ContractSummary> grid = grid();

        windowWidth(390);
        assertThat(visibleColumns(grid)).containsExactly("stacked");
        assertThat(grid.getColumnByKey("stacked").getHeaderText()).isEqualTo("Contrat");
        assertThat(text(GridKt._getCellComponent(grid, rowOf(BOOKKEEPING), "stacked")))
                .contains(
                        "AV-2026-001",
                        "Actif",
                        "Saisie comptable des factures fournisseurs",
                        "Compta Services Lyon SAS");

        windowWidth(1366);
        assertThat(visibleColumns(grid))
                .containsExactly("reference", "title", "mine", "counterparty", "status", "version", "lastChanged");
    }
}
