package app.avenant.change.ui;

import static app.avenant.testing.TestAccounts.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeRequestDetail;
import app.avenant.change.ChangeRequestSummary;
import app.avenant.change.ui.editor.ProposalEditView;
import app.avenant.contract.ContractFilter;
import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractSummary;
import app.avenant.contract.NewContractRequest;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.identity.OrganisationKind;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Nouveau contrat": the PME's admin creates a contract and lands in the editor of its first terms. */
class NewContractViewTest extends ChangeUiTest {

    @Autowired
    TestAccounts accounts;

    private static String newReference() {
        return "NV-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void fill(
            NewContractView view, String reference, String title, TestOrganisation provider, ObjectiveKind serves) {
        _setValue(view.reference, reference);
        _setValue(view.title, title);
        view.provider.setValue(provider.organisation());
        _setValue(view.serves, serves);
    }

    private long contractsOf(TestOrganisation pme) {
        return as(pme.admin().username(), () -> contracts.countMyContracts(ContractFilter.all()));
    }

    @Test
    void a_pme_admin_creates_a_contract_and_lands_in_the_editor_of_its_initial_terms() {
        TestOrganisation pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        TestOrganisation provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
        String reference = newReference();
        login(pme.admin().username(), "contracts/new");
        NewContractView view = _get(NewContractView.class);
        assertThat(view.provider.getListDataView().getItems()).contains(provider.organisation());

        fill(view, reference, "Saisie des factures fournisseurs", provider, ObjectiveKind.TIME_SAVED);
        // Enter submits, as the button would
        ShortcutsKt._fireShortcut(view.getChildren().findFirst().orElseThrow(), Key.ENTER);
        MockVaadin.runUIQueue();

        ProposalEditView editor = _get(ProposalEditView.class);
        assertThat(page()).contains("Conditions initiales").doesNotContain("introuvable");
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        List<ContractSummary> mine =
                as(pme.admin().username(), () -> contracts.myContracts(new ContractFilter(null, reference), 0, 5));
        assertThat(mine).hasSize(1);
        UUID contractId = mine.getFirst().id();
        List<ChangeRequestSummary> requests =
                as(pme.admin().username(), () -> changeRequests.list(contractId, null, 0, 5));
        assertThat(requests).hasSize(1);
        assertThat(path).isEqualTo("changes/" + requests.getFirst().id() + "/edit");
        ChangeRequestDetail initial = as(
                pme.admin().username(),
                () -> changeRequests.detail(requests.getFirst().id()));
        assertThat(initial.title()).isEqualTo("Conditions initiales");
        assertThat(initial.reason()).isEqualTo("Rédaction des premières conditions du contrat");
        assertThat(initial.serves()).isEqualTo(ObjectiveKind.TIME_SAVED);
        assertThat(initial.latest().baseVersion()).isZero();
        assertThat(as(provider.admin().username(), () -> contracts.myRole(contractId)))
                .isEqualTo(ContractRole.PROVIDER_MANAGER);
    }

    @Test
    void an_activitys_template_fills_the_first_draft_and_the_editor_says_what_is_still_missing() {
        TestOrganisation pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        TestOrganisation provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
        String reference = newReference();
        login(pme.admin().username(), "contracts/new");
        NewContractView view = _get(NewContractView.class);
        fill(view, reference, "Paie des salariés", provider, ObjectiveKind.RELIABILITY);

        _setValue(view.activity, app.avenant.contract.Activity.PAIE);
        assertThat(view.template.getValue())
                .as("the portal's template of the activity, chosen")
                .isNotNull();
        assertThat(view.template.getValue().builtIn()).isTrue();
        _click(view.submit);
        MockVaadin.runUIQueue();

        UUID contractId = as(
                        pme.admin().username(), () -> contracts.myContracts(new ContractFilter(null, reference), 0, 5))
                .getFirst()
                .id();
        UUID request = as(pme.admin().username(), () -> changeRequests.list(contractId, null, 0, 5))
                .getFirst()
                .id();
        var proposed =
                as(pme.admin().username(), () -> changeRequests.detail(request)).proposed();
        assertThat(proposed.scopeItems())
                .extracting(app.avenant.contract.terms.ScopeItem::title)
                .containsExactly("Bulletins de paie", "Déclarations sociales (DSN)");
        assertThat(proposed.serviceLevels()).isNotEmpty();
        // the contract's own start date (version 0's), not a date written in the template
        assertThat(proposed.header().startDate())
                .isEqualTo(as(pme.admin().username(), () -> contracts.termsOfVersion(contractId, 0))
                        .header()
                        .startDate());
        // « Prêt à proposer ? »: only the documentation the PME alone has is missing
        assertThat(page())
                .contains("point(s) à compléter", "« Bulletins de paie » : joignez la documentation")
                .doesNotContain("Aucun objectif");
    }

    @Test
    void missing_or_malformed_input_is_shown_next_to_each_field_and_nothing_is_created() {
        TestOrganisation pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        login(pme.admin().username(), "contracts/new");
        NewContractView view = _get(NewContractView.class);

        _click(view.submit);

        assertThat(view.reference.isInvalid()).isTrue();
        assertThat(view.reference.getErrorMessage()).isEqualTo("Indiquez la référence du contrat.");
        assertThat(view.title.getErrorMessage()).isEqualTo("Donnez un titre au contrat.");
        assertThat(view.provider.getErrorMessage()).isEqualTo("Choisissez le prestataire.");
        assertThat(view.serves.getErrorMessage()).isEqualTo("Choisissez l’objectif principal.");

        _setValue(view.reference, "AV 2026");
        _click(view.submit);
        assertThat(view.reference.isInvalid()).isTrue();
        assertThat(view.reference.getErrorMessage()).startsWith("La référence doit comporter de 3 à 40");
        assertThat(_get(NewContractView.class)).isSameAs(view);
        assertThat(contractsOf(pme)).isZero();
    }

    @Test
    void a_reference_already_taken_is_refused_by_the_service_next_to_the_reference_field() {
        TestOrganisation pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        TestOrganisation provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
        String taken = newReference();
        as(
                pme.admin().username(),
                () -> lifecycle.createContract(new NewContractRequest(
                        taken, "Paie", provider.organisation().id())));
        login(pme.admin().username(), "contracts/new");
        NewContractView view = _get(NewContractView.class);

        fill(view, taken, "Un autre contrat", provider, ObjectiveKind.COST);
        _click(view.submit);

        assertThat(view.reference.isInvalid()).isTrue();
        assertThat(view.reference.getErrorMessage()).isEqualTo("Cette référence de contrat est déjà utilisée.");
        assertThat(view.title.isInvalid()).isFalse();
        assertThat(_get(NewContractView.class)).isSameAs(view);
        assertThat(contractsOf(pme)).isEqualTo(1);
    }

    @Test
    void a_provider_admin_is_told_that_only_a_pme_creates_contracts() {
        TestOrganisation provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
        login(provider.admin().username(), "contracts/new");

        assertThat(page()).contains("Seul un administrateur d’une PME peut créer un contrat.");
        assertThat(_get(NewContractView.class).submit.isAttached()).isFalse();
    }
}
