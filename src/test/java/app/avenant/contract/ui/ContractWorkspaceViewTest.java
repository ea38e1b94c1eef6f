package app.avenant.contract.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.Member;
import app.avenant.contract.VersionSummary;
import app.avenant.contract.terms.ServiceLevel;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContractWorkspaceViewTest extends ContractUiTest {

    @Test
    void the_header_shows_reference_title_status_version_and_parties() {
        login("claire.martin");
        ContractWorkspaceView view = openWorkspace(idOf(BOOKKEEPING));

        String header = text(_get(view, ContractWorkspaceView.WorkspaceHeader.class));
        assertThat(header)
                .contains(
                        "AV-2026-001",
                        "Saisie comptable des factures fournisseurs",
                        "Actif",
                        "v3",
                        "Boulangerie Martin SARL",
                        "Compta Services Lyon SAS");
    }

    @Test
    void the_contract_tab_shows_the_term_renewal_notice_and_penalty_cap() {
        login("claire.martin");
        openWorkspace(idOf(BOOKKEEPING));

        String contract = text(selectTab(WorkspaceTab.CONTRACT));
        assertThat(contract)
                .contains(
                        "01/01/2026",
                        "12 mois",
                        "Tacite reconduction",
                        "3 mois",
                        "Date limite de préavis",
                        percent("12"),
                        money("5000"));
    }

    @Test
    void only_the_selected_tab_is_built() {
        login("claire.martin");
        openWorkspace(idOf(BOOKKEEPING));

        TabSheet sheet = _get(TabSheet.class);
        assertThat(sheet.getSelectedIndex()).isEqualTo(WorkspaceTab.CONTRACT.ordinal());
        LazyContent team = (LazyContent) sheet.getComponent(sheet.getTabAt(WorkspaceTab.TEAM.ordinal()));
        LazyContent history = (LazyContent) sheet.getComponent(sheet.getTabAt(WorkspaceTab.HISTORY.ordinal()));
        assertThat(team.isBuilt()).isFalse();
        assertThat(history.isBuilt()).isFalse();

        selectTab(WorkspaceTab.TEAM);
        assertThat(team.isBuilt()).isTrue();
        assertThat(history.isBuilt()).isFalse();
    }

    @Test
    void the_tab_query_parameter_selects_the_tab() {
        login("claire.martin");
        openWorkspace(idOf(BOOKKEEPING), "history");

        TabSheet sheet = _get(TabSheet.class);
        assertThat(sheet.getSelectedIndex()).isEqualTo(WorkspaceTab.HISTORY.ordinal());
    }

    @Test
    void the_objectives_tab_shows_each_objective_with_its_kind() {
        login("claire.martin");
        openWorkspace(idOf(BOOKKEEPING));

        String objectives = text(selectTab(WorkspaceTab.OBJECTIVES));
        assertThat(objectives).contains("Gain de temps", "Fiabilité", "Heures de saisie internes par mois");
    }

    @Test
    void the_scope_tab_shows_each_item_with_its_readiness_and_retained_decisions() {
        login("claire.martin");
        openWorkspace(idOf(IT_SUPPORT));

        Component scope = selectTab(WorkspaceTab.SCOPE);
        String text = text(scope);
        assertThat(text)
                .contains(
                        "Support et maintenance des postes de travail",
                        "Prêt",
                        "Sauvegarde externalisée",
                        "À compléter : documentation",
                        "Décision conservée par la PME");
        // the card's other links are "Proposer une modification" (docs/decisions/0028)
        Anchor documentation = _get(scope, Anchor.class, spec -> spec.withoutClasses("av-propose-link"));
        assertThat(documentation.getHref()).isEqualTo("https://docs.infogerance-rhone.example/catalogue-uo");
        assertThat(documentation.getTarget()).contains("_blank");
        assertThat(documentation.getElement().getAttribute("rel")).contains("noopener");
    }

    @Test
    void the_volumes_tab_shows_bands_flex_range_season_and_projected_cost() {
        login("claire.martin");
        openWorkspace(idOf(BOOKKEEPING));

        String volumes = text(selectTab(WorkspaceTab.VOLUMES));
        assertThat(volumes)
                .contains(
                        "Saisie des factures fournisseurs",
                        "facture traitée",
                        units(1040) + " par mois",
                        "±" + percent("20"),
                        "Par tranches (progressif)",
                        money("2.00"),
                        money("1.80"),
                        money("1.70"),
                        "et au-delà",
                        // January ×1,3 → 1 352 units; August ×0,6 → 624 units
                        "Janvier",
                        "×1,3",
                        units(1352),
                        "Août",
                        "×0,6",
                        units(624),
                        // at baseline: 500 × 2,00 + 500 × 1,80 + 40 × 1,70
                        "Coût mensuel au volume de référence (sans saisonnalité)",
                        money("1968.00"));
        assertThat(volumes).doesNotContain("1,80 €"); // a plain space would be a formatting bug
        assertThat(volumes).contains("1,80\u00A0€");
    }

    @Test
    void every_band_offers_to_propose_a_change_to_those_who_may_propose() {
        login("claire.martin");
        openWorkspace(idOf(BOOKKEEPING));

        Component volumes = selectTab(WorkspaceTab.VOLUMES);
        List<Anchor> bandLinks = _find(volumes, Anchor.class, spec -> spec.withClasses("av-propose-band"));
        // three bands of the invoices, each with its own link naming it for screen readers
        assertThat(bandLinks).hasSizeGreaterThanOrEqualTo(3);
        assertThat(bandLinks)
                .extracting(link -> link.getElement().getAttribute("aria-label"))
                .anySatisfy(label -> assertThat(label)
                        .startsWith("Proposer une modification de la tranche à partir de " + units(1001)));
        assertThat(bandLinks).allSatisfy(link -> assertThat(link.getHref()).contains("propose=VOLUMES"));
    }

    @Test
    void the_volumes_tab_shows_a_fixed_charge_with_arc_and_rrc() {
        login("claire.martin");
        openWorkspace(idOf(IT_SUPPORT));

        String volumes = text(selectTab(WorkspaceTab.VOLUMES));
        assertThat(volumes)
                .contains(
                        "Forfait avec ajustement (ARC / RRC)",
                        money("12000"),
                        units(1000),
                        money("11.00") + " par unité",
                        money("9.00") + " par unité",
                        "±" + percent("5"),
                        money("144000.00"));
    }

    @Test
    void the_service_levels_tab_shows_targets_minimums_and_shares() {
        login("claire.martin");
        openWorkspace(idOf(BOOKKEEPING));

        Component tab = selectTab(WorkspaceTab.SERVICE_LEVELS);
        assertThat(text(tab)).contains("Montant à risque : " + percent("12") + " des charges du mois");
        @SuppressWarnings("unchecked")
        Grid<ServiceLevel> grid = _get(tab, Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._getFormatted(grid, 0, "metric")).isEqualTo("Factures saisies sous 48 h");
        assertThat(GridKt._getFormatted(grid, 0, "target")).isEqualTo(percent("95"));
        assertThat(GridKt._getFormatted(grid, 0, "minimum")).isEqualTo(percent("90"));
        assertThat(GridKt._getFormatted(grid, 0, "window")).isEqualTo("Mensuelle");
        assertThat(text(GridKt._getCellComponent(grid, 0, "type"))).isEqualTo("Critique (avoirs)");
        assertThat(GridKt._getFormatted(grid, 0, "share")).isEqualTo(percent("50"));
        assertThat(text(GridKt._getCellComponent(grid, 1, "type"))).isEqualTo("Indicateur seul");
    }

    @Test
    void the_team_tab_lists_both_sides_with_roles_and_contact_persons() {
        login("paul.durand");
        openWorkspace(idOf(BOOKKEEPING));

        Component tab = selectTab(WorkspaceTab.TEAM);
        @SuppressWarnings("unchecked")
        Grid<Member> grid = _get(tab, Grid.class);
        List<Member> members = GridKt._findAll(grid);
        assertThat(members).extracting(Member::displayName).contains("Paul Durand", "Léa Bernard");
        int paul = members.stream().map(Member::displayName).toList().indexOf("Paul Durand");
        assertThat(GridKt._getFormatted(grid, paul, "role")).isEqualTo("Éditeur PME");
        assertThat(GridKt._getFormatted(grid, paul, "side")).isEqualTo("PME");
        assertThat(members).anyMatch(Member::contactPerson);
        int contact = members.indexOf(
                members.stream().filter(Member::contactPerson).findFirst().orElseThrow());
        assertThat(text(GridKt._getCellComponent(grid, contact, "name"))).contains("Interlocuteur");
        // an editor administers nothing
        assertThat(_find(tab, Button.class, spec -> spec.withText("Ajouter un membre")))
                .isEmpty();
    }

    @Test
    void the_history_tab_lists_versions_newest_first_and_compares_the_last_two_by_default() {
        login("claire.martin");
        UUID id = idOf(BOOKKEEPING);
        openWorkspace(id);

        Component tab = selectTab(WorkspaceTab.HISTORY);
        @SuppressWarnings("unchecked")
        Grid<VersionSummary> grid = _get(HistoryTab.class).grid; // the status changes have a grid of their own
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._getFormatted(grid, 0, "number")).isEqualTo("v3");
        assertThat(GridKt._getFormatted(grid, 2, "number")).isEqualTo("v1");

        _click(_get(tab, Button.class, spec -> spec.withText("Comparer")));

        NavigatorKt.expectView(VersionCompareView.class);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("contracts/" + id + "/compare/2/3");
    }

    @Test
    void each_version_links_its_pdf_and_each_version_made_by_a_request_its_amendment() {
        login("paul.durand");
        UUID id = idOf(BOOKKEEPING);
        openWorkspace(id);
        selectTab(WorkspaceTab.HISTORY);
        @SuppressWarnings("unchecked")
        Grid<VersionSummary> grid = _get(HistoryTab.class).grid;

        List<String> v3 = hrefs(GridKt._getCellComponent(grid, 0, "documents"));
        List<String> v1 = hrefs(GridKt._getCellComponent(grid, 2, "documents"));

        assertThat(v3)
                .containsExactly(
                        "documents/contracts/" + id + "/versions/3.pdf",
                        "documents/contracts/" + id + "/versions/3/amendment.pdf");
        // version 1 is the contract itself, adopted before any request: no amendment
        assertThat(v1).containsExactly("documents/contracts/" + id + "/versions/1.pdf");
        Anchor amendment = _find(GridKt._getCellComponent(grid, 0, "documents"), Anchor.class)
                .get(1);
        assertThat(amendment.getElement().getAttribute("aria-label")).isEqualTo("PDF de l’avenant n° 2 (version 3)");
        assertThat(amendment.getElement().hasAttribute("download")).isTrue();
        assertThat(amendment.getElement().hasAttribute("router-ignore")).isTrue();
    }

    private static List<String> hrefs(Component cell) {
        return _find(cell, Anchor.class).stream().map(Anchor::getHref).toList();
    }

    @Test
    void a_contract_of_another_organisation_looks_exactly_like_a_missing_one() {
        UUID bookkeeping = idOfAsOwnerThenLogin(BOOKKEEPING, "marc.petit");

        ContractWorkspaceView other = openWorkspace(bookkeeping);
        String otherText = text(other);
        String otherTitle = other.getPageTitle();

        ContractWorkspaceView random = openWorkspace(UUID.randomUUID());
        assertThat(text(random)).isEqualTo(otherText);
        assertThat(random.getPageTitle()).isEqualTo(otherTitle);

        navigate("contracts/not-a-contract-id");
        assertThat(text(_get(ContractWorkspaceView.class))).isEqualTo(otherText);

        assertThat(otherText)
                .contains("Contrat introuvable", "Retour à Mes contrats")
                .doesNotContain("Saisie comptable", "AV-2026-001");
        assertThat(otherTitle).isEqualTo("Contrat introuvable");
        assertThat(_find(TabSheet.class)).isEmpty();
    }
}
