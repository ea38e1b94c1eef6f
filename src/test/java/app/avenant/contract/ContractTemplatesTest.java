package app.avenant.contract;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.contract.terms.Terms;
import app.avenant.identity.OrganisationKind;
import app.avenant.testing.TestAccounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** Issue 15, point 1: the portal's templates for everyone, an organisation's own for its people only. */
@SpringBootTest
class ContractTemplatesTest {

    @Autowired
    Contracts contracts;

    @Autowired
    ContractTemplates templates;

    @Autowired
    TestAccounts accounts;

    @Test
    void a_pme_admin_saves_a_contracts_terms_as_a_template_its_organisation_alone_starts_from() {
        var c = new ContractFixtures(accounts, contracts).contract(2, 1);
        String admin = c.client().admin().username();

        assertThat(as(admin, () -> templates.available()))
                .filteredOn(ContractTemplates.TemplateChoice::builtIn)
                .hasSize(5);
        assertThatThrownBy(() -> as(admin, () -> templates.saveAsTemplate(c.id(), "  ", Activity.PAIE)))
                .isInstanceOfSatisfying(
                        ContractRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contract.error.template.name"));
        assertThatThrownBy(() -> as(
                        c.provider().admin().username(),
                        () -> templates.saveAsTemplate(c.id(), "Le nôtre", Activity.PAIE)))
                .isInstanceOf(AccessDeniedException.class);

        UUID saved = as(admin, () -> templates.saveAsTemplate(c.id(), "Paie maison", Activity.PAIE));

        assertThat(as(admin, () -> templates.available()))
                .contains(new ContractTemplates.TemplateChoice(saved.toString(), Activity.PAIE, "Paie maison", false));
        var next = new ContractFixtures(accounts, contracts).contract(1, 0);
        // a contract of another PME: its admin does not see the template nor can use it
        assertThat(as(next.client().admin().username(), () -> templates.available()))
                .noneMatch(t -> t.id().equals(saved.toString()));
        assertThatThrownBy(() ->
                        as(next.client().admin().username(), () -> templates.termsFor(next.id(), saved.toString())))
                .isInstanceOfSatisfying(
                        ContractRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contract.error.template.unknown"));
        Terms inForce = as(admin, () -> contracts.currentTerms(c.id())).terms();
        Terms fromTemplate = as(admin, () -> templates.termsFor(c.id(), saved.toString()));
        assertThat(fromTemplate.scopeItems()).isEqualTo(inForce.scopeItems());
        assertThat(fromTemplate.header().startDate())
                .isEqualTo(as(admin, () -> contracts.termsOfVersion(c.id(), 0))
                        .header()
                        .startDate());
        // an outsider learns nothing of the contract
        var outsider = accounts.newOrganisation(OrganisationKind.CLIENT);
        assertThatThrownBy(() -> as(outsider.admin().username(), () -> templates.termsFor(c.id(), "builtin:PAIE")))
                .isInstanceOf(ContractNotFoundException.class);
    }
}
