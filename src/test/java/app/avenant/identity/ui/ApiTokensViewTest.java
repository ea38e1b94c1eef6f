package app.avenant.identity.ui;

import static app.avenant.testing.TestAccounts.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.identity.ApiTokenSummary;
import app.avenant.identity.ApiTokens;
import app.avenant.identity.NewApiToken;
import app.avenant.identity.OrganisationKind;
import app.avenant.testing.Menu;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ApiTokensViewTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    ApiTokens tokens;

    TestOrganisation provider;

    @BeforeEach
    void setUp() {
        provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
    }

    @Test
    void the_admin_finds_the_page_in_the_menu_and_sees_an_empty_state() {
        login(provider.admin().username());

        assertThat(Menu.entries()).containsEntry("Jetons d'API", "admin/api-tokens");
        UI.getCurrent().navigate("admin/api-tokens");

        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isZero();
        assertThat(grid.getEmptyStateText()).startsWith("Aucun jeton pour l'instant.");
    }

    @Test
    void the_admin_creates_a_token_and_sees_its_value_once_with_a_copy_hint() {
        login(provider.admin().username(), "admin/api-tokens");

        _click(_get(Button.class, spec -> spec.withText("Nouveau jeton")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Nom du jeton")), "Export comptable");
        _click(_get(Button.class, spec -> spec.withText("Créer le jeton")));

        _assertOne(ApiTokenSecretDialog.class);
        TextField secret = _get(TextField.class, spec -> spec.withLabel("Jeton « Export comptable »"));
        assertThat(secret.getValue()).matches("avt_[A-Za-z0-9_-]{43}");
        assertThat(secret.isReadOnly()).isTrue();
        assertThat(_get(ApiTokenSecretDialog.class).getElement().getTextRecursively())
                .contains("Ce jeton ne sera plus jamais affiché");
        _click(_get(Button.class, spec -> spec.withText("Copier")));
        NotificationsKt.expectNotifications("Jeton copié dans le presse-papiers.");

        String value = secret.getValue();
        _click(_get(Button.class, spec -> spec.withText("J'ai copié le jeton")));
        _assertNoDialogs();
        Grid<?> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        List<String> row = GridKt._getFormattedRow(grid, 0);
        assertThat(row.get(0)).isEqualTo("Export comptable");
        assertThat(row.get(1)).isEqualTo(value.substring(0, 12) + "…");
        assertThat(row.get(2)).endsWith(" par " + provider.admin().displayName());
        assertThat(row.get(3)).isEqualTo("Jamais");
        assertThat(row.get(4)).isEqualTo("Actif");
        assertThat(String.join(" ", row)).doesNotContain(value);
        assertThat(tokens.authenticate(value)).isPresent();
    }

    @Test
    void a_blank_name_is_shown_next_to_the_field_and_nothing_is_created() {
        login(provider.admin().username(), "admin/api-tokens");

        _click(_get(Button.class, spec -> spec.withText("Nouveau jeton")));
        TextField name = _get(TextField.class, spec -> spec.withLabel("Nom du jeton"));
        _setValue(name, "   ");
        _click(_get(Button.class, spec -> spec.withText("Créer le jeton")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Saisissez un nom pour le jeton.");
        _assertOne(ApiTokenCreateDialog.class);
        assertThat(as(provider.admin().username(), tokens::countMine)).isZero();
    }

    @Test
    void the_list_shows_when_a_token_was_last_used() {
        NewApiToken used = as(provider.admin().username(), () -> tokens.create("ERP"));
        tokens.authenticate(used.plaintext());

        login(provider.admin().username(), "admin/api-tokens");

        List<String> row = GridKt._getFormattedRow(_get(Grid.class), 0);
        assertThat(row.get(3)).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    }

    @Test
    void the_admin_revokes_a_token_after_confirming() {
        NewApiToken created = as(provider.admin().username(), () -> tokens.create("Ancien ERP"));
        login(provider.admin().username(), "admin/api-tokens");

        _click(revokeButton(0));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Révoquer le jeton ?");
        assertThat(ConfirmDialogKt.getText(confirm))
                .contains("Ancien ERP", created.token().displayPrefix());
        ConfirmDialogKt._fireConfirm(confirm);

        NotificationsKt.expectNotifications("Le jeton « Ancien ERP » est révoqué.");
        assertThat(tokens.authenticate(created.plaintext())).isEmpty();
        List<String> row = GridKt._getFormattedRow(_get(Grid.class), 0);
        assertThat(row.get(4))
                .startsWith("Révoqué le ")
                .endsWith(" par " + provider.admin().displayName());
        assertThat(GridKt._getCellComponent(_get(Grid.class), 0, "actions")).isNotInstanceOf(Button.class);
    }

    @Test
    void cancelling_the_confirmation_keeps_the_token() {
        NewApiToken created = as(provider.admin().username(), () -> tokens.create("ERP"));
        login(provider.admin().username(), "admin/api-tokens");

        _click(revokeButton(0));
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));

        assertThat(tokens.authenticate(created.plaintext())).isPresent();
        assertThat(as(provider.admin().username(), () -> tokens.listMine(0, 1))).allMatch(ApiTokenSummary::active);
    }

    @Test
    void a_member_who_is_not_an_admin_neither_sees_the_menu_item_nor_the_tokens() {
        as(provider.admin().username(), () -> tokens.create("ERP"));
        login(provider.member().username());

        assertThat(Menu.entries()).doesNotContainKey("Jetons d'API");
        UI.getCurrent().navigate("admin/api-tokens");

        assertThat(_get(H2.class).getText()).isEqualTo("Accès réservé");
        assertThat(_find(Grid.class)).isEmpty();
        _assertNone(Button.class, spec -> spec.withText("Nouveau jeton"));
    }

    private static Button revokeButton(int row) {
        Button revoke = (Button) GridKt._getCellComponent(_get(Grid.class), row, "actions");
        assertThat(revoke.getText()).isEqualTo("Révoquer");
        assertThat(revoke.getAriaLabel())
                .hasValueSatisfying(label -> assertThat(label).startsWith("Révoquer le jeton "));
        return revoke;
    }
}
