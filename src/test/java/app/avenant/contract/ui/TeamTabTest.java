package app.avenant.contract.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.ContractRole;
import app.avenant.contract.Member;
import app.avenant.identity.UserRef;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

/** Membership changes run in a test transaction, rolled back, so the demo data stays as other tests expect. */
@Transactional
class TeamTabTest extends ContractUiTest {

    @Test
    void an_organisation_admin_adds_a_colleague_with_the_least_privileged_role_by_default() {
        login("claire.martin");
        openWorkspace(idOf(IT_SUPPORT));
        Component tab = selectTab(WorkspaceTab.TEAM);
        assertThat(names(tab)).doesNotContain("Paul Durand");

        _click(_get(tab, Button.class, spec -> spec.withText("Ajouter un membre")));
        AddMemberDialog dialog = _get(AddMemberDialog.class);
        assertThat(dialog.role.getValue()).isEqualTo(ContractRole.CLIENT_VIEWER);
        assertThat(ComboBoxKt.getSuggestionItems(dialog.role))
                .containsExactly(ContractRole.CLIENT_OWNER, ContractRole.CLIENT_EDITOR, ContractRole.CLIENT_VIEWER);
        List<UserRef> colleagues = ComboBoxKt.getSuggestionItems(dialog.user);
        // people of her organisation not on the contract yet: not herself, not the other side
        assertThat(colleagues)
                .extracting(UserRef::username)
                .contains("paul.durand")
                .doesNotContain("claire.martin", "julien.moreau", "marc.petit");

        _setValue(
                dialog.user,
                colleagues.stream()
                        .filter(u -> u.username().equals("paul.durand"))
                        .findFirst()
                        .orElseThrow());
        _click(dialog.submit);

        assertThat(_find(AddMemberDialog.class)).isEmpty();
        NotificationsKt.expectNotifications("Paul Durand a été ajouté au contrat (Lecteur PME).");
        Grid<Member> grid = grid(tab);
        int paul = names(tab).indexOf("Paul Durand");
        assertThat(paul).isNotNegative();
        assertThat(GridKt._getFormatted(grid, paul, "role")).isEqualTo("Lecteur PME");
    }

    @Test
    void when_everyone_of_the_organisation_is_on_the_contract_the_dialog_says_how_to_add_someone_new() {
        login("claire.martin");
        openWorkspace(idOf(BOOKKEEPING)); // Claire and Paul, the PME's two people, are both on it
        Component tab = selectTab(WorkspaceTab.TEAM);
        _click(_get(tab, Button.class, spec -> spec.withText("Ajouter un membre")));
        AddMemberDialog dialog = _get(AddMemberDialog.class);

        assertThat(ComboBoxKt.getSuggestionItems(dialog.user)).isEmpty();
        assertThat(dialog.user.getHelperText())
                .isEqualTo("Toutes les personnes de votre organisation sont déjà sur ce contrat. "
                        + "Pour une nouvelle personne, créez d’abord son compte dans « Utilisateurs ».");
        assertThat(dialog.submit.isEnabled()).isFalse();
    }

    @Test
    void the_dialog_asks_for_a_person_before_adding() {
        login("claire.martin");
        openWorkspace(idOf(IT_SUPPORT));
        Component tab = selectTab(WorkspaceTab.TEAM);
        _click(_get(tab, Button.class, spec -> spec.withText("Ajouter un membre")));
        AddMemberDialog dialog = _get(AddMemberDialog.class);

        _click(dialog.submit);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.user.isInvalid()).isTrue();
        assertThat(dialog.user.getErrorMessage()).isEqualTo("Choisissez une personne.");
    }

    @Test
    void a_provider_admin_names_their_side_contact_person_after_confirming() {
        login("julien.moreau");
        openWorkspace(idOf(BOOKKEEPING));
        Component tab = selectTab(WorkspaceTab.TEAM);
        Grid<Member> grid = grid(tab);
        int lea = names(tab).indexOf("Léa Bernard");
        assertThat(lea).isNotNegative();
        // nothing to do on the other side's members
        List<Member> members = GridKt._findAll(grid);
        for (int row = 0; row < members.size(); row++) {
            if (members.get(row).side() != members.get(lea).side()) {
                assertThat(_find(GridKt._getCellComponent(grid, row, "actions"), Button.class))
                        .isEmpty();
            }
        }

        _click(_get(GridKt._getCellComponent(grid, lea, "actions"), Button.class));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).contains("Léa Bernard", "Compta Services Lyon SAS");
        ConfirmDialogKt._fireConfirm(confirm);

        int leaNow = names(tab).indexOf("Léa Bernard");
        assertThat(GridKt._findAll(grid).get(leaNow).contactPerson()).isTrue();
        assertThat(text(GridKt._getCellComponent(grid, leaNow, "name"))).contains("Interlocuteur");
        assertThat(text(selectTab(WorkspaceTab.CONTRACT))).contains("Interlocuteur : Léa Bernard");
    }

    @SuppressWarnings("unchecked")
    private static Grid<Member> grid(Component tab) {
        return _get(tab, Grid.class);
    }

    private static List<String> names(Component tab) {
        return GridKt._findAll(grid(tab)).stream().map(Member::displayName).toList();
    }
}
