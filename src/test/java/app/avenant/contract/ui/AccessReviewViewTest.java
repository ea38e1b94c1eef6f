package app.avenant.contract.ui;

import static app.avenant.testing.TestAccounts.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.contract.AccessState;
import app.avenant.contract.ContractAccess;
import app.avenant.contract.ContractFixtures;
import app.avenant.contract.ContractFixtures.TestContract;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.identity.UserRef;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccessReviewViewTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    ContractAccess access;

    TestContract contract;
    UserRef clientEditor;
    UserRef providerViewer;

    @BeforeEach
    void setUp() {
        contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        clientEditor = contract.client().member();
        providerViewer = contract.provider().member();
        accounts.contractInternals().enrol(contract.id(), clientEditor.id(), ContractRole.CLIENT_EDITOR, false);
        accounts.contractInternals().enrol(contract.id(), providerViewer.id(), ContractRole.PROVIDER_VIEWER, false);
    }

    private String route() {
        return "contracts/" + contract.id() + "/access";
    }

    @SuppressWarnings("unchecked")
    private Grid<AccessReviewView.AccessRow> grid() {
        return _get(AccessReviewView.class).grid;
    }

    private int rowOf(UserRef user) {
        Grid<AccessReviewView.AccessRow> grid = grid();
        return IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).entry().userId().equals(user.id()))
                .findFirst()
                .orElseThrow();
    }

    private Component cell(UserRef user, String column) {
        return GridKt._getCellComponent(grid(), rowOf(user), column);
    }

    @Test
    void the_owner_sees_who_has_access_with_their_state_and_when_they_last_opened_the_contract() {
        as(clientEditor.username(), () -> contracts.workspace(contract.id()));

        login(contract.client().admin().username(), route());

        assertThat(_get(H2.class).getText()).isEqualTo("Revue des accès");
        Grid<AccessReviewView.AccessRow> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(4);
        // under each name: the organisation, the state and the last access (one column fewer each)
        assertThat(cell(clientEditor, "name").getElement().getTextRecursively())
                .contains("Actif", "Dernier accès : ")
                .doesNotContain("Dernier accès : Jamais");
        assertThat(cell(providerViewer, "name").getElement().getTextRecursively())
                .contains("Dernier accès : Jamais");
        assertThat(cell(providerViewer, "granted").getElement().getTextRecursively())
                .contains("accordé par Application", "Dernière confirmation : ");
        assertThat(GridKt._get(grid, rowOf(clientEditor)).entry().state()).isEqualTo(AccessState.ACTIVE);
        assertThat(grid.getColumns())
                .as("five columns: a 1366 px screen shows them all, actions included")
                .hasSize(5 + 1); // the phone's stacked column, hidden on a wide screen
        assertThat(_find(cell(contract.client().admin(), "actions"), Button.class))
                .as("not oneself")
                .isEmpty();
    }

    @Test
    void revoking_after_the_confirmation_naming_the_person_removes_the_row_and_the_access() {
        login(contract.provider().admin().username(), route());

        _click(_get(cell(providerViewer, "actions"), Button.class, spec -> spec.withText("Révoquer")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).contains(providerViewer.displayName());
        ConfirmDialogKt._fireConfirm(confirm);

        NotificationsKt.expectNotifications("L’accès de " + providerViewer.displayName() + " a été retiré.");
        assertThat(GridKt._size(grid())).isEqualTo(3);
        assertThatThrownBy(() -> as(providerViewer.username(), () -> contracts.myRole(contract.id())))
                .isInstanceOf(ContractNotFoundException.class);
    }

    @Test
    void cancelling_the_revocation_keeps_the_access() {
        login(contract.provider().admin().username(), route());

        _click(_get(cell(providerViewer, "actions"), Button.class, spec -> spec.withText("Révoquer")));
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));

        assertThat(GridKt._size(grid())).isEqualTo(4);
        assertThat(as(providerViewer.username(), () -> contracts.myRole(contract.id())))
                .isEqualTo(ContractRole.PROVIDER_VIEWER);
    }

    @Test
    void the_pme_owner_sets_a_provider_member_s_end_date_and_a_past_date_is_refused_next_to_the_field() {
        login(contract.client().admin().username(), route());
        LocalDate inAMonth = LocalDate.now().plusMonths(1);

        DatePicker picker = _get(cell(providerViewer, "expiresOn"), DatePicker.class);
        picker.setValue(LocalDate.now().minusDays(1));
        assertThat(picker.isInvalid()).isTrue();
        assertThat(picker.getErrorMessage()).isEqualTo("La fin d’accès doit être postérieure à aujourd’hui.");
        assertThat(GridKt._get(grid(), rowOf(providerViewer)).entry().expiresOn())
                .isNull();

        _get(cell(providerViewer, "expiresOn"), DatePicker.class).setValue(inAMonth);

        assertThat(GridKt._get(grid(), rowOf(providerViewer)).entry().expiresOn())
                .isEqualTo(inAMonth);
        assertThat(_find(cell(clientEditor, "expiresOn"), DatePicker.class))
                .as("PME members have no end date")
                .isEmpty();
    }

    @Test
    void recertifying_my_side_keeps_the_ticked_and_removes_the_unticked_after_confirmation() {
        as(
                clientEditor.username(),
                () -> access.openRecertification(
                        contract.id(), Instant.now(), LocalDate.now().plusDays(14)));
        login(contract.client().admin().username(), route());
        assertThat(_get(AccessReviewView.class).banner.getElement().getTextRecursively())
                .startsWith("Recertification ouverte suite au comité du")
                .contains("1 personne de votre côté");

        _click(_get(Button.class, spec -> spec.withText("Recertifier mon côté")));
        RecertifyDialog dialog = _get(RecertifyDialog.class);
        List<String> labels =
                dialog.boxes.values().stream().map(Checkbox::getLabel).toList();
        assertThat(labels).hasSize(2).allMatch(label -> !label.contains(providerViewer.displayName()));
        dialog.boxes.entrySet().stream()
                .filter(e -> e.getKey().userId().equals(clientEditor.id()))
                .findFirst()
                .orElseThrow()
                .getValue()
                .setValue(false);
        _click(dialog.submit);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).contains(clientEditor.displayName());
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(GridKt._size(grid())).isEqualTo(3);
        assertThatThrownBy(() -> as(clientEditor.username(), () -> contracts.myRole(contract.id())))
                .isInstanceOf(ContractNotFoundException.class);
        assertThat(_get(AccessReviewView.class).banner.getElement().getTextRecursively())
                .contains("Votre côté est à jour");
    }

    @Test
    void a_member_who_is_not_an_owner_is_told_why_and_an_outsider_gets_not_found() {
        login(clientEditor.username(), route());
        assertThat(_find(Grid.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("av-access-denied"))
                        .getText())
                .contains("Seuls le propriétaire");

        TestContract other = new ContractFixtures(accounts, contracts).contract(1, 1);
        logout();
        login(other.client().admin().username(), route());
        assertThat(_get(H2.class).getText()).isEqualTo("Contrat introuvable");
        assertThat(_find(Grid.class)).isEmpty();
    }
}
