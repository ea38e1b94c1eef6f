package app.avenant.contract;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.Renewal;
import app.avenant.contract.terms.Terms;
import app.avenant.identity.OrganisationKind;
import app.avenant.identity.OrganisationRef;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** A PME's organisation admin creates a contract: version 0, its people, and what is refused. */
@SpringBootTest
class ContractCreationTest {

    @Autowired
    Contracts contracts;

    @Autowired
    ContractLifecycle lifecycle;

    @Autowired
    Users users;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Clock clock;

    private static String newReference() {
        return "NC-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_pme_admin_creates_a_draft_at_version_0_owned_by_them_with_the_provider_admins_as_managers() {
        TestOrganisation pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        TestOrganisation provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
        UserRef secondProviderAdmin = accounts.newUser(provider.organisation(), true);
        String reference = newReference();

        UUID id = as(
                pme.admin().username(),
                () -> lifecycle.createContract(new NewContractRequest(
                        " " + reference + " ",
                        "  Saisie des factures  ",
                        provider.organisation().id())));

        ContractWorkspace workspace = as(pme.admin().username(), () -> contracts.workspace(id));
        assertThat(workspace.reference()).isEqualTo(reference);
        assertThat(workspace.title()).isEqualTo("Saisie des factures");
        assertThat(workspace.status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(workspace.currentVersion()).isZero();
        assertThat(workspace.myRole()).isEqualTo(ContractRole.CLIENT_OWNER);
        assertThat(workspace.client().organisationId())
                .isEqualTo(pme.organisation().id());
        assertThat(workspace.client().contactUserId()).isEqualTo(pme.admin().id());
        assertThat(workspace.provider().organisationId())
                .isEqualTo(provider.organisation().id());
        assertThat(workspace.termEnd()).isNull();
        assertThat(workspace.noticeDeadline()).isNull();

        List<Member> members = as(pme.admin().username(), () -> contracts.members(id, 0, 10));
        assertThat(members)
                .extracting(Member::userId, Member::role)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(pme.admin().id(), ContractRole.CLIENT_OWNER),
                        org.assertj.core.groups.Tuple.tuple(provider.admin().id(), ContractRole.PROVIDER_MANAGER),
                        org.assertj.core.groups.Tuple.tuple(secondProviderAdmin.id(), ContractRole.PROVIDER_MANAGER));
        // the provider's plain member is not let in: their admin adds them when they wish
        assertThatThrownBy(() -> as(provider.member().username(), () -> contracts.myRole(id)))
                .isInstanceOf(ContractNotFoundException.class);
        assertThat(as(provider.admin().username(), () -> contracts.myRole(id)))
                .isEqualTo(ContractRole.PROVIDER_MANAGER);
        assertThat(as(
                        provider.admin().username(),
                        () -> contracts.myContracts(new ContractFilter(null, reference), 0, 5)))
                .extracting(ContractSummary::currentVersion)
                .containsExactly(0);
    }

    @Test
    void a_new_contract_starts_from_empty_terms_with_a_default_header() {
        TestOrganisation pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        TestOrganisation provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
        UUID id = as(
                pme.admin().username(),
                () -> lifecycle.createContract(new NewContractRequest(
                        newReference(), "Paie", provider.organisation().id())));

        VersionedTerms current = as(pme.admin().username(), () -> contracts.currentTerms(id));
        Terms versionZero = as(provider.admin().username(), () -> contracts.termsOfVersion(id, 0));

        LocalDate nextMonth = LocalDate.now(clock).withDayOfMonth(1).plusMonths(1);
        Terms expected =
                Terms.initial(new ContractHeader(nextMonth, 12, Renewal.TACIT, 12, 3, new BigDecimal("10"), null));
        assertThat(current.versionNumber()).isZero();
        assertThat(current.terms()).isEqualTo(expected);
        assertThat(versionZero).isEqualTo(expected);
        assertThat(as(pme.admin().username(), () -> contracts.countVersions(id)))
                .isZero();
        assertThatThrownBy(() -> as(pme.admin().username(), () -> contracts.termsOfVersion(id, 1)))
                .isInstanceOf(ContractRuleException.class);
    }

    @Test
    void only_an_organisation_admin_of_a_pme_may_create_a_contract() {
        TestOrganisation pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        TestOrganisation provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
        TestOrganisation otherProvider = accounts.newOrganisation(OrganisationKind.PROVIDER);

        assertThatThrownBy(() -> as(
                        pme.member().username(),
                        () -> lifecycle.createContract(new NewContractRequest(
                                newReference(), "Paie", provider.organisation().id()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        otherProvider.admin().username(),
                        () -> lifecycle.createContract(new NewContractRequest(
                                newReference(), "Paie", provider.organisation().id()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(pme.member().username(), () -> contracts.countMyContracts(ContractFilter.all())))
                .isZero();
        assertThat(as(otherProvider.admin().username(), () -> contracts.countMyContracts(ContractFilter.all())))
                .isZero();
        assertThat(as(provider.admin().username(), () -> contracts.countMyContracts(ContractFilter.all())))
                .isZero();
    }

    @Test
    void a_taken_reference_an_unknown_provider_or_bad_input_is_refused_and_nothing_is_stored() {
        TestOrganisation pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        TestOrganisation provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
        TestOrganisation otherPme = accounts.newOrganisation(OrganisationKind.CLIENT);
        String taken = newReference();
        UUID providerId = provider.organisation().id();
        as(pme.admin().username(), () -> lifecycle.createContract(new NewContractRequest(taken, "Paie", providerId)));

        assertRefused(pme, new NewContractRequest(taken, "Autre", providerId), "contract.error.reference.taken");
        assertRefused(
                pme,
                new NewContractRequest(newReference(), "Autre", UUID.randomUUID()),
                "contract.error.provider.unknown");
        assertRefused(
                pme,
                new NewContractRequest(
                        newReference(), "Autre", otherPme.organisation().id()),
                "contract.error.provider.unknown");
        assertRefused(
                pme,
                new NewContractRequest(
                        newReference(), "Autre", pme.organisation().id()),
                "contract.error.provider.unknown");
        assertRefused(pme, new NewContractRequest("AV 2026", "Autre", providerId), "contract.error.reference.invalid");
        assertRefused(pme, new NewContractRequest("AV", "Autre", providerId), "contract.error.reference.invalid");
        assertRefused(
                pme, new NewContractRequest("Référence", "Autre", providerId), "contract.error.reference.invalid");
        assertRefused(pme, new NewContractRequest(newReference(), "   ", providerId), "contract.error.title.invalid");
        assertRefused(
                pme,
                new NewContractRequest(newReference(), "x".repeat(201), providerId),
                "contract.error.title.invalid");

        assertThat(as(pme.admin().username(), () -> contracts.countMyContracts(ContractFilter.all())))
                .isEqualTo(1);
        assertThat(as(provider.admin().username(), () -> contracts.countMyContracts(ContractFilter.all())))
                .isEqualTo(1);
    }

    @Test
    void a_pme_admin_chooses_among_the_provider_organisations_sorted_by_name() {
        TestOrganisation pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        TestOrganisation provider = accounts.newOrganisation(OrganisationKind.PROVIDER);

        List<OrganisationRef> providers = as(pme.admin().username(), () -> users.providerOrganisations());

        assertThat(providers)
                .contains(provider.organisation())
                .doesNotContain(pme.organisation())
                .allMatch(o -> o.kind() == OrganisationKind.PROVIDER)
                .extracting(OrganisationRef::name)
                .containsSubsequence(
                        "Compta Services Lyon SAS",
                        "InfoGérance Rhône SARL",
                        provider.organisation().name());
        assertThatThrownBy(() -> as(provider.admin().username(), () -> users.providerOrganisations()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(pme.member().username(), () -> users.providerOrganisations()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(TestOrganisation pme, NewContractRequest request, String key) {
        assertThatThrownBy(() -> as(pme.admin().username(), () -> lifecycle.createContract(request)))
                .isInstanceOf(ContractRuleException.class)
                .extracting(e -> ((ContractRuleException) e).messageKey())
                .isEqualTo(key);
    }
}
