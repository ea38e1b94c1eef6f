package app.avenant.contract;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.identity.NewUser;
import app.avenant.identity.OrganisationKind;
import app.avenant.identity.OrganisationRef;
import app.avenant.identity.UserRef;
import app.avenant.identity.internal.UsersForModules;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;

/**
 * The contract module started with identity alone (its only dependency; no change, performance, audit or
 * notification module): a contract's creation, its members and its "not found" for strangers need nothing
 * else, and what it tells the other modules is its events.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared")
class ContractModuleTest {

    @Autowired
    UsersForModules users;

    @Autowired
    ContractLifecycle lifecycle;

    @Autowired
    Contracts contracts;

    @Test
    void with_identity_alone_a_pme_opens_a_contract_the_providers_admins_are_in_and_a_stranger_learns_nothing(
            AssertablePublishedEvents events) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        OrganisationRef pme = users.createOrganisation("PME module " + suffix, OrganisationKind.CLIENT);
        OrganisationRef provider = users.createOrganisation("Prestataire module " + suffix, OrganisationKind.PROVIDER);
        OrganisationRef stranger = users.createOrganisation("Autre " + suffix, OrganisationKind.PROVIDER);
        UserRef gerante = users.createUserInOrganisation(
                pme.id(), new NewUser("gerante-" + suffix, "Gérante " + suffix, "Mot-de-passe-du-module-1", true));
        UserRef manager = users.createUserInOrganisation(
                provider.id(), new NewUser("manager-" + suffix, "Manager " + suffix, "Mot-de-passe-du-module-1", true));
        UserRef outsider = users.createUserInOrganisation(
                stranger.id(), new NewUser("autre-" + suffix, "Autre " + suffix, "Mot-de-passe-du-module-1", true));

        UUID id = as(
                gerante.username(),
                () -> lifecycle.createContract(
                        new NewContractRequest("MOD-" + suffix, "Paie externalisée", provider.id())));

        assertThat(as(gerante.username(), () -> contracts.myRole(id))).isEqualTo(ContractRole.CLIENT_OWNER);
        assertThat(as(manager.username(), () -> contracts.myRole(id))).isEqualTo(ContractRole.PROVIDER_MANAGER);
        assertThat(as(manager.username(), () -> contracts.currentTerms(id)).versionNumber())
                .isZero();
        assertThatThrownBy(() -> as(outsider.username(), () -> contracts.summary(id)))
                .isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> as(outsider.username(), () -> contracts.summary(UUID.randomUUID())))
                .isInstanceOf(ContractNotFoundException.class);
        assertThat(events.ofType(ContractEvent.ContactPersonNamed.class)
                        .matching(e -> e.contractId().equals(id) && e.userId().equals(gerante.id())))
                .hasSize(1);
    }
}
