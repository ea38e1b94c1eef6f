package app.avenant.audit.ui;

import static app.avenant.testing.TestAccounts.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.ContractAccess;
import app.avenant.contract.ContractFixtures;
import app.avenant.contract.ContractFixtures.TestContract;
import app.avenant.contract.Contracts;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditTrailViewTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    ContractAccess access;

    private TestContract contract() {
        return new ContractFixtures(accounts, contracts).contract(1, 1);
    }

    @Test
    void the_provider_s_manager_reads_the_trail_newest_first_and_checks_its_integrity() {
        TestContract c = contract();
        as(c.client().admin().username(), () -> contracts.workspace(c.id()));

        login(c.provider().admin().username(), "contracts/" + c.id() + "/audit");

        Grid<?> grid = _get(Grid.class);
        // enrolments, contact persons, the PME owner's view, this very visit
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(6);
        assertThat(String.join(" ", GridKt._getFormattedRow(grid, 0))).contains("Consultation du journal d'audit");
        assertThat(String.join(" ", GridKt._getFormattedRow(grid, 1)))
                .contains("Consultation du contrat")
                .contains(c.client().admin().displayName());

        _click(_get(Button.class, spec -> spec.withText("Vérifier l'intégrité")));
        assertThat(_get(AuditTrailView.class).verifyResult.getText()).startsWith("Journal intègre");
        assertThat(_get(Anchor.class, spec -> spec.withText("Exporter (CSV)")).getHref())
                .isNotBlank();
    }

    @Test
    void a_row_about_a_member_names_them_and_what_the_application_did_reads_system() {
        TestContract c = contract();
        var paul = accounts.newUser(c.client().organisation(), false);
        as(c.client().admin().username(), () -> {
            access.addMember(c.id(), paul.id(), app.avenant.contract.ContractRole.CLIENT_EDITOR);
            access.revokeAccess(c.id(), paul.id());
        });

        login(c.client().admin().username(), "contracts/" + c.id() + "/audit");

        Grid<?> grid = _get(Grid.class);
        List<String> rows = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> String.join(" | ", GridKt._getFormattedRow(grid, i)))
                .toList();
        assertThat(rows)
                .anySatisfy(row ->
                        assertThat(row).contains("Accès retiré").contains(paul.displayName() + ", rôle Éditeur PME"))
                .anySatisfy(row ->
                        assertThat(row).contains("Membre ajouté").contains(paul.displayName() + ", rôle Éditeur PME"))
                // the fixtures enrol the owners as the application does: no person did it
                .anySatisfy(row -> assertThat(row).contains("Système").contains("Membre ajouté"));
    }

    @Test
    void a_member_who_is_not_an_owner_is_told_the_trail_is_for_owners_only() {
        TestContract c = contract();
        var viewer = accounts.newUser(c.client().organisation(), false);
        as(
                c.client().admin().username(),
                () -> access.addMember(c.id(), viewer.id(), app.avenant.contract.ContractRole.CLIENT_VIEWER));

        login(viewer.username(), "contracts/" + c.id() + "/audit");

        assertThat(_find(Grid.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("av-audit-denied"))
                        .getText())
                .contains("Seuls le responsable");
    }

    @Test
    void an_outsider_and_a_malformed_id_get_contract_not_found() {
        TestContract c = contract();
        TestContract other = contract();

        login(other.client().admin().username(), "contracts/" + c.id() + "/audit");
        assertThat(_get(H2.class).getText()).isEqualTo("Contrat introuvable");
        assertThat(_find(Grid.class)).isEmpty();

        UI.getCurrent().navigate("contracts/pas-un-id/audit");
        assertThat(_get(H2.class).getText()).isEqualTo("Contrat introuvable");
        UI.getCurrent().navigate("contracts/" + UUID.randomUUID() + "/audit");
        assertThat(_get(H2.class).getText()).isEqualTo("Contrat introuvable");
    }

    @Test
    void on_a_phone_each_entry_stacks_what_who_and_when_in_one_column() {
        TestContract c = contract();
        login(c.provider().admin().username(), "contracts/" + c.id() + "/audit");
        Grid<?> grid = _get(AuditTrailView.class).grid;

        windowWidth(390);

        assertThat(visibleColumns(grid)).containsExactly("stacked");
        assertThat(GridKt._getCellComponent(grid, 0, "stacked").getElement().getTextRecursively())
                .contains("Consultation du journal d'audit");
    }
}
