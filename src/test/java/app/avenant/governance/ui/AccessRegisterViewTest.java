package app.avenant.governance.ui;

import static app.avenant.testing.TestAccounts.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.ContractFixtures;
import app.avenant.contract.ContractFixtures.TestContract;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.governance.AccessRegister;
import app.avenant.governance.Art28Item;
import app.avenant.governance.Art28Status;
import app.avenant.governance.NewRegisterEntry;
import app.avenant.governance.NewReview;
import app.avenant.governance.RegisterEntryView;
import app.avenant.governance.Reviews;
import app.avenant.identity.OrganisationKind;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccessRegisterViewTest extends UiTest {

    @Autowired
    app.avenant.testing.TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    AccessRegister register;

    @Autowired
    Reviews reviews;

    @Autowired
    Clock clock;

    TestContract contract;
    String owner;

    @BeforeEach
    void aContract() {
        contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        owner = contract.client().admin().username();
    }

    private AccessRegisterView open(String username) {
        login(username, "contracts/" + contract.id() + "/register");
        return _get(AccessRegisterView.class);
    }

    private List<RegisterEntryView> entries() {
        return as(owner, () -> register.entries(contract.id(), 0, 10));
    }

    @Test
    void the_owner_declares_a_system_a_wrong_date_is_shown_next_to_its_field_then_fixed() {
        AccessRegisterView view = open(owner);
        assertThat(view.getPageTitle()).startsWith("Registre des accès et RGPD");
        assertThat(view.entries.getEmptyStateText()).startsWith("Aucun système déclaré");

        _click(view.add);
        RegisterEntryDialog dialog = _get(RegisterEntryDialog.class);
        _click(dialog.save);
        assertThat(dialog.system.isInvalid()).isTrue();
        assertThat(dialog.system.getErrorMessage()).isEqualTo("Indiquez le système ou logiciel concerné.");

        LocalDate today = LocalDate.now(clock);
        _setValue(dialog.system, "ERP Sage 100");
        _setValue(dialog.dataCategories, "factures fournisseurs, RIB");
        _setValue(dialog.personalData, true);
        _setValue(dialog.grantedOn, today);
        _setValue(dialog.revokedOn, today.minusDays(1));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.revokedOn.isInvalid()).isTrue();
        assertThat(dialog.revokedOn.getErrorMessage())
                .isEqualTo("La révocation ne peut pas précéder la date d'accès accordé.");
        assertThat(entries()).isEmpty();

        _setValue(dialog.revokedOn, null);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(entries()).singleElement().satisfies(e -> {
            assertThat(e.system()).isEqualTo("ERP Sage 100");
            assertThat(e.personalData()).isTrue();
        });
        assertThat(GridKt._size(view.entries)).isEqualTo(1);
        assertThat(view.checklistRequirement.getText()).startsWith("Obligatoire");
    }

    @Test
    void the_owner_revokes_an_access_after_confirming() {
        as(
                owner,
                () -> register.addEntry(
                        contract.id(),
                        new NewRegisterEntry(
                                "Banque en ligne",
                                "relevés",
                                false,
                                LocalDate.now(clock).minusMonths(2),
                                null,
                                "")));
        AccessRegisterView view = open(owner);

        Button revoke = _find(GridKt._getCellComponent(view.entries, 0, "actions"), Button.class).stream()
                .filter(b -> "Révoquer".equals(b.getText()))
                .findFirst()
                .orElseThrow();
        _click(revoke);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Révoquer l'accès à Banque en ligne ?");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(entries()).singleElement().satisfies(e -> {
            assertThat(e.revokedOn()).isEqualTo(LocalDate.now(clock));
            assertThat(e.active()).isFalse();
        });
        assertThat(view.stateCell(entries().getFirst()).getText()).startsWith("Révoqué le ");
    }

    @Test
    void the_provider_manager_sets_a_checklist_item_from_the_table() {
        AccessRegisterView view = open(contract.provider().admin().username());
        @SuppressWarnings("unchecked")
        Select<Art28Status> security =
                (Select<Art28Status>) GridKt._getCellComponent(view.checklist, Art28Item.SECURITY.ordinal(), "status");
        assertThat(security.isReadOnly()).isFalse();
        _setValue(security, Art28Status.CONFORME);

        assertThat(as(owner, () -> register.checklist(contract.id()))
                        .get(Art28Item.SECURITY.ordinal())
                        .status())
                .isEqualTo(Art28Status.CONFORME);
        assertThat(GridKt._getFormattedRow(view.checklist, Art28Item.SECURITY.ordinal()))
                .anySatisfy(text ->
                        assertThat(text).contains(contract.provider().admin().displayName()));
        assertThat(view.banner.getElement().getTextRecursively())
                .contains("1 conforme(s), 0 non conforme(s), 7 à vérifier");
    }

    @Test
    void marking_the_register_reviewed_at_the_last_comite_replaces_never_reviewed_in_amber() {
        UUID held = as(
                owner,
                () -> reviews.plan(
                        contract.id(),
                        new NewReview(LocalDateTime.now(clock).minusHours(2), 60, "Comité de novembre")));
        as(owner, () -> reviews.markHeld(held));
        AccessRegisterView view = open(owner);
        assertThat(view.reviewStatus.getText()).isEqualTo("Jamais revu en comité");
        assertThat(view.reviewStatus.hasClassName("av-register-outdated")).isTrue();

        _click(view.markReviewed);
        MarkReviewedDialog dialog = _get(MarkReviewedDialog.class);
        assertThat(dialog.review.getValue().id()).isEqualTo(held);
        _click(dialog.save);

        String today = LocalDate.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(view.reviewStatus.getText())
                .isEqualTo("Dernière revue en comité : " + today + " par "
                        + contract.client().admin().displayName());
        assertThat(view.reviewStatus.hasClassName("av-register-outdated")).isFalse();
        assertThat(as(owner, () -> register.summary(contract.id())).lastReviewId())
                .isEqualTo(held);
    }

    @Test
    void a_viewer_reads_without_buttons_and_an_outsider_gets_not_found() {
        as(
                owner,
                () -> register.addEntry(
                        contract.id(), new NewRegisterEntry("ERP", "", false, LocalDate.now(clock), null, "")));
        UUID member = contract.provider().member().id();
        accounts.contractInternals().enrol(contract.id(), member, ContractRole.PROVIDER_VIEWER, false);
        AccessRegisterView view = open(contract.provider().member().username());
        assertThat(view.add.isVisible()).isFalse();
        assertThat(view.markReviewed.isVisible()).isFalse();
        assertThat(view.entries.getColumnByKey("actions").isVisible()).isFalse();
        assertThat(GridKt._size(view.entries)).isEqualTo(1);
        assertThat(view.statusCell(as(owner, () -> register.checklist(contract.id()))
                                .getFirst())
                        .isReadOnly())
                .isTrue();

        String stranger =
                accounts.newOrganisation(OrganisationKind.CLIENT).admin().username();
        login(stranger, "contracts/" + contract.id() + "/register");
        _get(GovernanceNotFound.class);
        UI.getCurrent().navigate("contracts/not-a-uuid/register");
        _get(GovernanceNotFound.class);
    }

    @Test
    void the_reviews_list_links_to_the_register() {
        login(owner, "contracts/" + contract.id() + "/reviews");
        Anchor link = _get(Anchor.class, spec -> spec.withText("Registre des accès et RGPD"));
        assertThat(link.getHref()).isEqualTo("contracts/" + contract.id() + "/register");
    }

    @Test
    void on_a_phone_each_system_stacks_in_one_column_beside_its_actions_and_the_checklist_in_one_column() {
        AccessRegisterView view = open(owner);

        windowWidth(390);
        assertThat(visibleColumns(view.entries)).containsExactly("stacked", "actions");
        assertThat(view.entries.getColumnByKey("stacked").getHeaderText()).isEqualTo("Système et données");
        assertThat(visibleColumns(view.checklist)).containsExactly("stacked");

        windowWidth(1366);
        assertThat(visibleColumns(view.entries))
                .containsExactly("system", "data", "personal", "granted", "state", "note", "actions");
        assertThat(visibleColumns(view.checklist)).containsExactly("item", "status", "comment", "changed");
    }
}
