package app.avenant.contract;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.terms.ScopeItem;
import app.avenant.identity.OrganisationKind;
import app.avenant.identity.OrganisationRef;
import app.avenant.testing.TestAccounts;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 15, point 5: "Mes contrats" found by the other party's name and by the scope in force, and filtered by that
 * party; a contract the caller is not a member of is never found, whatever it holds.
 */
@SpringBootTest
class ContractSearchTest {

    @Autowired
    Contracts contracts;

    @Autowired
    TestAccounts accounts;

    private List<UUID> found(String username, ContractFilter filter) {
        return as(username, () -> contracts.myContracts(filter, 0, 50)).stream()
                .map(ContractSummary::id)
                .toList();
    }

    private long counted(String username, ContractFilter filter) {
        return as(username, () -> contracts.countMyContracts(filter));
    }

    @Test
    void by_the_providers_name_by_the_scope_in_force_and_by_provider() {
        var fixtures = new ContractFixtures(accounts, contracts);
        var payroll = fixtures.contract(1, 1);
        String owner = payroll.client().admin().username();
        // the same PME's second contract, with another provider, whose scope holds « Lettrage »
        var otherProvider = accounts.newOrganisation(OrganisationKind.PROVIDER);
        var internals = accounts.contractInternals();
        UUID otherId = internals.openContract(new NewContract(
                "S-" + UUID.randomUUID().toString().substring(0, 12),
                "Comptabilité fournisseurs",
                payroll.client().organisation().id(),
                otherProvider.organisation().id()));
        internals.enrol(otherId, payroll.client().admin().id(), ContractRole.CLIENT_OWNER, true);
        internals.enrol(otherId, otherProvider.admin().id(), ContractRole.PROVIDER_MANAGER, true);
        internals.adoptVersion(
                otherId,
                ContractFixtures.terms(1, 1)
                        .withScopeItem(new ScopeItem(
                                "lettrage", "Lettrage des comptes fournisseurs", "", "", "compte", "", false, null)),
                "Version 1",
                new Approval(payroll.client().admin().id(), Instant.now()),
                new Approval(otherProvider.admin().id(), Instant.now()));
        var other = new ContractFixtures.TestContract(otherId, payroll.client(), otherProvider);

        String providerName = payroll.provider().organisation().name();
        String fragment = providerName.substring(providerName.length() - 8).toUpperCase();
        assertThat(found(owner, new ContractFilter(null, fragment))).containsExactly(payroll.id());
        assertThat(counted(owner, new ContractFilter(null, fragment))).isEqualTo(1);
        assertThat(found(owner, new ContractFilter(null, "lettrage des COMPTES")))
                .containsExactly(other.id());
        assertThat(found(
                        owner,
                        new ContractFilter(
                                null, "", other.provider().organisation().id())))
                .containsExactly(other.id());
        assertThat(found(
                        owner,
                        new ContractFilter(
                                null,
                                "lettrage",
                                payroll.provider().organisation().id())))
                .isEmpty();
        assertThat(as(owner, () -> contracts.myCounterparties()))
                .extracting(OrganisationRef::id)
                .containsExactlyInAnyOrder(
                        payroll.provider().organisation().id(),
                        other.provider().organisation().id());
        // the provider of the first contract finds nothing of the second, even by its scope
        assertThat(found(payroll.provider().admin().username(), new ContractFilter(null, "lettrage")))
                .isEmpty();
        assertThat(as(payroll.provider().admin().username(), () -> contracts.myCounterparties()))
                .extracting(OrganisationRef::id)
                .containsExactly(payroll.client().organisation().id());
    }
}
