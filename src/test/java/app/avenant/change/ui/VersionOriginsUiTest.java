package app.avenant.change.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeFixtures;
import app.avenant.change.ChangeFixtures.TestContract;
import app.avenant.contract.ui.ContractNavigation;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Routes;
import app.avenant.testing.TestAccounts;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The history and the version compare tell who and why (docs/decisions/0026): each version links to the
 * request that produced it, and each change between two versions names the side, the person and the request
 * that proposed it, above a list of those requests with their reason and approvals.
 */
class VersionOriginsUiTest extends ChangeUiTest {

    private TestContract contract;
    private UUID first;
    private UUID second;

    /**
     * v1 from the fixture; request n° 1 (the PME: baseline 1 200) makes v2; request n° 2 (the PME: baseline
     * 1 300, then the provider's counter-proposal renames the item) makes v3.
     */
    @BeforeEach
    void twoAcceptedRequests() {
        contract = contract();
        first = proposeBaseline(contract, contract.clientEditor(), 1200);
        submitAs(contract.clientEditor(), first);
        approveAs(contract.clientOwner(), first);
        approveAs(contract.providerManager(), first);

        second = proposeBaseline(contract, contract.clientEditor(), 1300);
        submitAs(contract.clientEditor(), second);
        TestAccounts.as(contract.providerEditor().username(), () -> {
            var detail = changeRequests.detail(second);
            changeRequests.revise(
                    second,
                    detail.version(),
                    ChangeFixtures.withTitle(detail.proposed(), "item-0", "Saisie renommée"),
                    "Intitulé plus clair");
        });
        approveAs(contract.clientOwner(), second);
        approveAs(contract.providerManager(), second);
    }

    @Test
    void history_links_each_version_to_the_request_that_produced_it() {
        login(contract.clientViewer().username(), "");
        Routes.navigate(UI.getCurrent(), ContractNavigation.history(contract.id()));
        MockVaadin.runUIQueue();

        Grid<?> versions = _find(UI.getCurrent(), Grid.class).stream()
                .filter(g -> g.getColumnByKey("request") != null)
                .findFirst()
                .orElseThrow();
        // newest first: v3, v2, v1 (the fixture's v1 was adopted without a request)
        Anchor v2 = (Anchor) GridKt._getCellComponent(versions, 1, "request");
        assertThat(v2.getText()).isEqualTo("Demande n° 1 — Volume de 1200");
        assertThat(v2.getHref()).isEqualTo(ChangeNavigation.request(first));
        assertThat(text(GridKt._getCellComponent(versions, 0, "request"))).isEqualTo("Demande n° 2 — Volume de 1300");
        assertThat(text(GridKt._getCellComponent(versions, 2, "request"))).isEmpty();
    }

    @Test
    void compare_says_which_side_and_person_proposed_each_change_in_which_request() {
        login(contract.clientViewer().username(), "");
        navigate(ContractNavigation.compare(contract.id(), 1, 3));

        List<String> rows = _find(UI.getCurrent(), NativeTableRow.class).stream()
                .map(ChangeUiTest::text)
                .toList();
        assertThat(rows).contains("ChampAvantAprèsProposé par");
        // the title: the provider's counter-proposal in request n° 2
        assertThat(rows)
                .anyMatch(row -> row.startsWith("Intitulé")
                        && row.contains(
                                "Prestataire — " + contract.providerEditor().displayName() + " — demande n° 2"));
        // the baseline: both requests changed it, the later one (the PME's n° 2) brought the value shown
        assertThat(rows)
                .anyMatch(row -> row.contains(Formats.units(1300, Locale.FRANCE))
                        && row.contains("PME — " + contract.clientEditor().displayName() + " — demande n° 2"));
        Anchor request = _find(UI.getCurrent(), Anchor.class).stream()
                .filter(a -> a.getText().equals("demande n° 2"))
                .findFirst()
                .orElseThrow();
        assertThat(request.getHref()).isEqualTo(ChangeNavigation.request(second));
    }

    @Test
    void the_why_of_a_change_stands_on_its_own_line_under_the_request_link() {
        login(contract.clientViewer().username(), "");
        navigate(ContractNavigation.compare(contract.id(), 1, 3));

        // inline, it read "demande n° 2Pourquoi : …"
        assertThat(_find(UI.getCurrent(), Div.class).stream().filter(d -> d.hasClassName("av-proposed-note")))
                .isNotEmpty()
                .extracting(ChangeUiTest::text)
                .contains("Pourquoi : « Intitulé plus clair »", "Pourquoi : « Volume 1300 »");
    }

    @Test
    void compare_lists_the_requests_in_between_with_reason_approvals_and_discussion() {
        login(contract.clientViewer().username(), "");
        navigate(ContractNavigation.compare(contract.id(), 1, 3));

        assertThat(page())
                .contains(
                        "Les demandes à l’origine de ces changements",
                        "Demande n° 1 — Volume de 1200",
                        "Demande n° 2 — Volume de 1300",
                        "Motif : Hausse saisonnière",
                        "Approuvée par " + contract.clientOwner().displayName() + " (PME) le ",
                        contract.providerManager().displayName() + " (Prestataire) le ");
        assertThat(_find(UI.getCurrent(), Anchor.class))
                .extracting(Anchor::getHref)
                .contains(ChangeNavigation.request(first), ChangeNavigation.discussion(second));
        assertThat(ChangeNavigation.discussion(second)).endsWith("#cr-discussion");
    }

    @Test
    void compare_of_consecutive_versions_names_only_the_request_between_them() {
        login(contract.clientViewer().username(), "");
        navigate(ContractNavigation.compare(contract.id(), 1, 2));

        assertThat(page()).contains("Demande n° 1 — Volume de 1200").doesNotContain("Demande n° 2");
        assertThat(_find(UI.getCurrent(), NativeTableRow.class).stream().map(ChangeUiTest::text))
                .anyMatch(row -> row.contains("PME — " + contract.clientEditor().displayName() + " — demande n° 1"));
    }
}
