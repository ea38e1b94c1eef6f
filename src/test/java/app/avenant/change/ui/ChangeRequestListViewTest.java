package app.avenant.change.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeFixtures.TestContract;
import app.avenant.change.ChangeRequestStatus;
import app.avenant.change.ChangeRequestSummary;
import app.avenant.change.live.ChangeFeed;
import app.avenant.contract.ContractAccess;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.testing.TestAccounts;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ChangeRequestListViewTest extends ChangeUiTest {

    @Autowired
    ContractAccess access;

    @Autowired
    ChangeFeed feed;

    @Test
    void a_member_sees_the_change_requests_of_the_contract() {
        TestContract contract = contract();
        UUID first = proposeBaseline(contract, contract.clientOwner(), 1200);
        UUID second = proposeBaseline(contract, contract.providerManager(), 900);

        login(contract.clientEditor().username(), "contracts/" + contract.id() + "/changes");

        ChangeRequestListView view = _get(ChangeRequestListView.class);
        List<ChangeRequestSummary> rows = GridKt._fetch(view.grid, 0, 50);
        assertThat(rows).extracting(ChangeRequestSummary::id).containsExactlyInAnyOrder(first, second);
        assertThat(page()).contains("Demandes de modification", "Contrat de test", "Nouvelle demande de modification");
        assertThat(_get(ChangeRequestListView.class).create.isVisible()).isTrue();
        assertThat(GridKt._getFormattedRow(view.grid, rows.getFirst())).anyMatch(c -> c.contains("v1"));
    }

    @Test
    void the_status_filter_keeps_only_that_status() {
        TestContract contract = contract();
        UUID submitted = proposeBaseline(contract, contract.clientOwner(), 1200);
        submitAs(contract.clientOwner(), submitted);
        proposeBaseline(contract, contract.clientOwner(), 1300);

        login(contract.clientOwner().username(), "contracts/" + contract.id() + "/changes");
        ChangeRequestListView view = _get(ChangeRequestListView.class);
        view.status.setValue(Optional.of(ChangeRequestStatus.SUBMITTED));

        assertThat(GridKt._fetch(view.grid, 0, 50))
                .extracting(ChangeRequestSummary::id)
                .containsExactly(submitted);
    }

    @Test
    void a_request_awaiting_my_approval_is_marked() {
        TestContract contract = contract();
        UUID id = proposeBaseline(contract, contract.clientOwner(), 1200);
        submitAs(contract.clientOwner(), id);

        login(contract.providerManager().username(), "contracts/" + contract.id() + "/changes");

        ChangeRequestListView view = _get(ChangeRequestListView.class);
        ChangeRequestSummary row = GridKt._fetch(view.grid, 0, 50).getFirst();
        assertThat(row.awaitingMyApproval()).isTrue();
        assertThat(text(view.titleCell(row))).contains("À approuver");
    }

    @Test
    void a_counter_proposal_to_answer_comes_first_and_says_so_by_name() {
        TestContract contract = contract();
        UUID countered = proposeBaseline(contract, contract.clientEditor(), 1200);
        submitAs(contract.clientEditor(), countered);
        app.avenant.testing.TestAccounts.as(contract.providerEditor().username(), () -> {
            var d = changeRequests.detail(countered);
            changeRequests.revise(
                    countered,
                    d.version(),
                    app.avenant.change.ChangeFixtures.withBaseline(d.proposed(), "item-0", 1100),
                    "");
        });
        UUID newer = proposeBaseline(contract, contract.clientOwner(), 1300);
        submitAs(contract.clientOwner(), newer);

        login(contract.clientEditor().username(), "contracts/" + contract.id() + "/changes");

        ChangeRequestListView view = _get(ChangeRequestListView.class);
        List<ChangeRequestSummary> rows = GridKt._fetch(view.grid, 0, 50);
        assertThat(rows).extracting(ChangeRequestSummary::id).containsExactly(countered, newer);
        assertThat(text(view.nextStepCell(rows.getFirst())))
                .isEqualTo("À vous : répondre à la contre-proposition de "
                        + contract.providerEditor().displayName());
        assertThat(text(view.titleCell(rows.getFirst()))).contains("À moi");
        assertThat(text(view.nextStepCell(rows.get(1))))
                .startsWith("En attente de l’approbation d’"
                        + contract.providerManager().displayName());
    }

    @Test
    void a_non_member_gets_contract_not_found() {
        TestContract contract = contract();
        proposeBaseline(contract, contract.clientOwner(), 1200);

        login(contract.outsider().admin().username(), "contracts/" + contract.id() + "/changes");

        assertThat(page()).contains("Contrat introuvable");
        assertThat(_find(ChangeRequestListView.class).getFirst().grid.isAttached())
                .isFalse();
    }

    @Test
    void a_malformed_contract_id_gets_contract_not_found() {
        login("claire.martin", "contracts/not-a-uuid/changes");

        assertThat(page()).contains("Contrat introuvable");
    }

    @Test
    void a_viewer_cannot_open_a_new_request() {
        TestContract contract = contract();

        login(contract.clientViewer().username(), "contracts/" + contract.id() + "/changes");

        assertThat(_get(ChangeRequestListView.class).create.isVisible()).isFalse();
        assertThat(_get(ChangeRequestListView.class).grid.getEmptyStateText())
                .contains("Aucune demande de modification");
    }

    @Test
    void the_dialog_shows_errors_next_to_the_fields_then_creates_and_opens_the_request() {
        TestContract contract = contract();
        login(contract.clientOwner().username(), "contracts/" + contract.id() + "/changes");

        _click(_get(ChangeRequestListView.class).create);
        NewChangeRequestDialog dialog = _get(NewChangeRequestDialog.class);
        _click(dialog.submit);

        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Donnez un titre à la demande.");
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.serves.isInvalid()).isTrue();
        assertThat(changeRequests.count(contract.id(), null)).isZero();

        dialog.title.setValue("Passer à 1 300 factures par mois");
        dialog.reason.setValue("Notre activité augmente au printemps.");
        dialog.serves.setValue(ObjectiveKind.CONTINUITY);
        _click(dialog.submit);

        assertThat(changeRequests.count(contract.id(), null)).isEqualTo(1);
        UUID created = changeRequests.list(contract.id(), null, 0, 1).getFirst().id();
        ChangeRequestView detail = _get(ChangeRequestView.class);
        assertThat(detail.detail()).map(d -> d.id()).contains(created);
        assertThat(page()).contains("Passer à 1 300 factures par mois", "Brouillon", "Continuité");
    }

    @Test
    void a_title_longer_than_200_characters_is_refused_next_to_the_field() {
        TestContract contract = contract();
        login(contract.clientOwner().username(), "contracts/" + contract.id() + "/changes");
        _click(_get(ChangeRequestListView.class).create);
        NewChangeRequestDialog dialog = _get(NewChangeRequestDialog.class);

        dialog.title.setValue("x".repeat(201));
        dialog.reason.setValue("Raison");
        dialog.serves.setValue(ObjectiveKind.COST);
        _click(dialog.submit);

        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).contains("200");
        assertThat(changeRequests.count(contract.id(), null)).isZero();
    }

    @Test
    void on_a_phone_the_list_stacks_number_status_title_and_next_step_in_one_column() {
        TestContract contract = contract();
        proposeBaseline(contract, contract.clientOwner(), 1200);
        login(contract.clientEditor().username());
        windowWidth(390);

        UI.getCurrent().navigate("contracts/" + contract.id() + "/changes");
        MockVaadin.runUIQueue();

        ChangeRequestListView view = _get(ChangeRequestListView.class);
        assertThat(visibleColumns(view.grid)).containsExactly("stacked");
        assertThat(view.grid.getColumnByKey("stacked").getHeaderText()).isEqualTo("Demande");
        assertThat(GridKt._getCellComponent(view.grid, 0, "stacked")
                        .getElement()
                        .getTextRecursively())
                .contains("n° 1");
    }

    @Test
    void a_list_left_open_shows_nothing_more_once_its_person_lost_access() {
        TestContract contract = contract();
        login(contract.clientEditor().username(), "contracts/" + contract.id() + "/changes");
        TestAccounts.as(
                contract.clientOwner().username(),
                () -> access.revokeAccess(contract.id(), contract.clientEditor().id()));

        proposeBaseline(contract, contract.clientOwner(), 1400);

        awaitUi(() -> page().contains("Contrat introuvable"));
        assertThat(page()).doesNotContain("Volume de 1400");
        assertThat(feed.subscriberCount(contract.id())).isZero();
    }
}
