package app.avenant.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.identity.AccountStatus;
import app.avenant.identity.OrganisationKind;
import app.avenant.identity.Users;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UsersViewSuspensionTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Users users;

    TestOrganisation pme;

    @BeforeEach
    void setUp() {
        pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        login(pme.admin().username(), "admin/users");
    }

    @Test
    void the_admin_suspends_a_colleague_after_confirming_then_reactivates_them() {
        _click(memberButton("Suspendre"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Suspendre ce compte ?");
        assertThat(ConfirmDialogKt.getText(confirm)).contains(pme.member().displayName());
        ConfirmDialogKt._fireConfirm(confirm);

        NotificationsKt.expectNotifications("Le compte de " + pme.member().displayName() + " est suspendu.");
        assertThat(GridKt._getFormattedRow(_get(Grid.class), 1).get(4)).isEqualTo("Suspendu");
        assertThat(memberStatus()).isEqualTo(AccountStatus.SUSPENDED);

        _click(memberButton("Réactiver"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(memberStatus()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void cancelling_the_confirmation_changes_nothing() {
        _click(memberButton("Supprimer"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Supprimer ce compte ?");
        ConfirmDialogKt._fireCancel(confirm);

        assertThat(memberStatus()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void the_admin_removes_a_colleague_and_the_line_offers_nothing_more() {
        _click(memberButton("Supprimer"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(memberStatus()).isEqualTo(AccountStatus.REMOVED);
        assertThat(GridKt._getFormattedRow(_get(Grid.class), 1).get(4)).isEqualTo("Supprimé");
        assertThat(_find(cell(1), Button.class)).isEmpty();
    }

    @Test
    void the_admin_has_no_button_on_their_own_line() {
        assertThat(_find(cell(0), Button.class)).isEmpty();
    }

    /** Row 0 is the admin ("Admin …" sorts before "Membre …"), row 1 the member. */
    private Component cell(int row) {
        return GridKt._getCellComponent(_get(Grid.class), row, "actions");
    }

    private Button memberButton(String text) {
        return _find(cell(1), Button.class).stream()
                .filter(button -> button.getText().equals(text))
                .findFirst()
                .orElseThrow();
    }

    private AccountStatus memberStatus() {
        return users.userSummariesOfMyOrganisation(0, 10).stream()
                .filter(summary -> summary.id().equals(pme.member().id()))
                .findFirst()
                .orElseThrow()
                .status();
    }
}
