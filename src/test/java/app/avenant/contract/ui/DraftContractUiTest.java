package app.avenant.contract.ui;

import static app.avenant.testing.TestAccounts.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.NewContractRequest;
import app.avenant.identity.OrganisationKind;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import com.vaadin.flow.component.html.Anchor;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A contract still being drafted (version 0), and who is offered "Nouveau contrat". */
class DraftContractUiTest extends ContractUiTest {

    @Autowired
    TestAccounts accounts;

    private UUID draft(TestOrganisation pme, TestOrganisation provider) {
        return as(
                pme.admin().username(),
                () -> lifecycle.createContract(new NewContractRequest(
                        "DR-" + UUID.randomUUID().toString().substring(0, 8),
                        "Contrat en rédaction",
                        provider.organisation().id())));
    }

    @Test
    void the_workspace_of_a_contract_being_drafted_says_so_and_shows_the_empty_terms() {
        TestOrganisation pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        TestOrganisation provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
        UUID id = draft(pme, provider);
        login(provider.admin().username());

        ContractWorkspaceView view = openWorkspace(id);

        assertThat(text(view))
                .contains(
                        "Ce contrat est en cours de rédaction : ses premières conditions sont "
                                + "négociées dans la demande de modification n°1.",
                        "Contrat en rédaction");
        Anchor link = _get(Anchor.class, spec -> spec.withClasses("av-drafting-link"));
        assertThat(link.getHref()).isEqualTo("contracts/" + id + "/changes");
        assertThat(text(selectTab(WorkspaceTab.CONTRACT))).contains("12 mois");
        assertThat(text(selectTab(WorkspaceTab.OBJECTIVES))).contains("Aucun objectif n’est défini");
        assertThat(text(selectTab(WorkspaceTab.SCOPE))).contains("Aucune prestation n’est définie");
        assertThat(text(selectTab(WorkspaceTab.VOLUMES))).contains("Aucune prestation n’est facturée au volume");
        assertThat(text(selectTab(WorkspaceTab.SERVICE_LEVELS))).contains("Aucun niveau de service n’est défini");
        assertThat(text(selectTab(WorkspaceTab.TEAM))).isNotBlank();
        assertThat(text(selectTab(WorkspaceTab.HISTORY))).contains("Aucune version adoptée pour l’instant");
    }

    @Test
    void a_contract_with_versions_shows_no_drafting_banner() {
        UUID id = idOfAsOwnerThenLogin(BOOKKEEPING, "claire.martin");

        openWorkspace(id);

        assertThat(_find(Anchor.class, spec -> spec.withClasses("av-drafting-link")))
                .isEmpty();
    }

    @Test
    void only_an_organisation_admin_of_a_pme_is_offered_a_new_contract() {
        TestOrganisation pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        TestOrganisation provider = accounts.newOrganisation(OrganisationKind.PROVIDER);

        login(pme.admin().username());
        Anchor create = _get(Anchor.class, spec -> spec.withText("Nouveau contrat"));
        assertThat(create.getHref()).isEqualTo("contracts/new");

        login(pme.member().username());
        assertThat(_find(Anchor.class, spec -> spec.withText("Nouveau contrat")))
                .isEmpty();

        login(provider.admin().username());
        assertThat(_find(Anchor.class, spec -> spec.withText("Nouveau contrat")))
                .isEmpty();
    }
}
