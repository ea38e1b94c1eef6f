package app.avenant.contract;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.contract.terms.ChangeKind;
import app.avenant.contract.terms.FieldChange;
import app.avenant.contract.terms.ItemChange;
import app.avenant.identity.OrganisationKind;
import app.avenant.identity.UserRef;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** The contract service on the demo data: who sees what, history, compare, membership rules. */
@SpringBootTest
class ContractsAccessTest {

    @Autowired
    Contracts contracts;

    @Autowired
    ContractAccess access;

    @Autowired
    TestAccounts accounts;

    private UUID contractId(String owner, String reference) {
        return as(owner, () -> contracts.myContracts(new ContractFilter(null, reference), 0, 10)).stream()
                .filter(c -> c.reference().equals(reference))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void a_user_sees_only_the_contracts_they_are_a_member_of() {
        List<String> marc = as("marc.petit", () -> contracts.myContracts(ContractFilter.all(), 0, 50)).stream()
                .map(ContractSummary::reference)
                .toList();
        List<String> claire = as("claire.martin", () -> contracts.myContracts(ContractFilter.all(), 0, 50)).stream()
                .map(ContractSummary::reference)
                .toList();

        assertThat(marc).contains("AV-2026-002").doesNotContain("AV-2026-001");
        assertThat(claire).contains("AV-2026-001", "AV-2026-002");
        assertThat(as("marc.petit", () -> contracts.countMyContracts(ContractFilter.all())))
                .isEqualTo(marc.size());
    }

    @Test
    void the_list_names_the_counterparty_and_filters_by_status_and_text() {
        List<ContractSummary> active =
                as("claire.martin", () -> contracts.myContracts(new ContractFilter(ContractStatus.ACTIVE, ""), 0, 50));
        assertThat(active)
                .extracting(ContractSummary::reference)
                .contains("AV-2026-001")
                .doesNotContain("AV-2026-002");
        ContractSummary bookkeeping = active.stream()
                .filter(c -> c.reference().equals("AV-2026-001"))
                .findFirst()
                .orElseThrow();
        assertThat(bookkeeping.counterpartyName()).isEqualTo("Compta Services Lyon SAS");
        assertThat(bookkeeping.currentVersion()).isEqualTo(3);

        List<ContractSummary> byText =
                as("claire.martin", () -> contracts.myContracts(new ContractFilter(null, "infogérance"), 0, 50));
        assertThat(byText).extracting(ContractSummary::reference).containsExactly("AV-2026-002");
        assertThat(as("claire.martin", () -> contracts.countMyContracts(new ContractFilter(null, "100%_"))))
                .isZero();
    }

    @Test
    void a_foreign_contract_is_not_found_exactly_like_a_missing_one() {
        UUID bookkeeping = contractId("claire.martin", "AV-2026-001");

        assertThatThrownBy(() -> as("marc.petit", () -> contracts.workspace(bookkeeping)))
                .isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> as("marc.petit", () -> contracts.workspace(UUID.randomUUID())))
                .isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> as("marc.petit", () -> contracts.versions(bookkeeping, 0, 10)))
                .isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> as("marc.petit", () -> contracts.compare(bookkeeping, 1, 2)))
                .isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> as("marc.petit", () -> contracts.members(bookkeeping, 0, 10)))
                .isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> as("marc.petit", () -> contracts.termsOfVersion(bookkeeping, 1)))
                .isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> as("marc.petit", () -> contracts.summary(bookkeeping)))
                .isInstanceOf(ContractNotFoundException.class);
        assertThat(as("lea.bernard", () -> contracts.summary(bookkeeping)).counterpartyName())
                .isEqualTo("Boulangerie Martin SARL");
    }

    @Test
    void the_workspace_shows_the_current_terms_parties_and_the_callers_role() {
        UUID bookkeeping = contractId("claire.martin", "AV-2026-001");

        ContractWorkspace workspace = as("julien.moreau", () -> contracts.workspace(bookkeeping));

        assertThat(workspace.currentVersion()).isEqualTo(3);
        assertThat(workspace.myRole()).isEqualTo(ContractRole.PROVIDER_MANAGER);
        assertThat(workspace.client().organisationName()).isEqualTo("Boulangerie Martin SARL");
        assertThat(workspace.client().contactName()).isEqualTo("Claire Martin");
        assertThat(workspace.provider().contactName()).isEqualTo("Julien Moreau");
        assertThat(workspace
                        .terms()
                        .scopeItem("saisie-factures")
                        .orElseThrow()
                        .volume()
                        .baselineMonthlyUnits())
                .isEqualTo(1040);
        assertThat(workspace.noticeDeadline()).isBefore(workspace.termEnd());
        assertThat(workspace.callerIsAdminOfParty()).isTrue();
    }

    @Test
    void history_lists_every_version_newest_first_with_both_approvers() {
        UUID bookkeeping = contractId("claire.martin", "AV-2026-001");

        List<VersionSummary> history = as("paul.durand", () -> contracts.versions(bookkeeping, 0, 10));

        assertThat(history).extracting(VersionSummary::number).containsExactly(3, 2, 1);
        assertThat(history.getFirst().clientApprover()).isEqualTo("Claire Martin");
        assertThat(history.getFirst().providerApprover()).isEqualTo("Julien Moreau");
        assertThat(as("paul.durand", () -> contracts.countVersions(bookkeeping)))
                .isEqualTo(3);
    }

    @Test
    void compare_shows_the_baseline_and_the_band_price_that_changed_in_version_3() {
        UUID bookkeeping = contractId("claire.martin", "AV-2026-001");

        VersionComparison comparison = as("lea.bernard", () -> contracts.compare(bookkeeping, 2, 3));

        assertThat(comparison.from().number()).isEqualTo(2);
        assertThat(comparison.to().number()).isEqualTo(3);
        List<FieldChange> volumeChanges = comparison.diff().changes().stream()
                .filter(c -> c.key().equals("saisie-factures") && c.kind() == ChangeKind.CHANGED)
                .map(ItemChange::fields)
                .flatMap(List::stream)
                .toList();
        assertThat(volumeChanges).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("volume.baselineMonthlyUnits");
            assertThat(f.before()).isEqualTo(800L);
            assertThat(f.after()).isEqualTo(1040L);
        });
        assertThat(volumeChanges).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("band.unitPrice");
            assertThat((BigDecimal) f.before()).isEqualByComparingTo("1.60");
            assertThat((BigDecimal) f.after()).isEqualByComparingTo("1.70");
        });
        assertThat(as("lea.bernard", () -> contracts.compare(bookkeeping, 3, 3))
                        .diff()
                        .isEmpty())
                .isTrue();
    }

    @Test
    void comparing_with_a_version_that_does_not_exist_is_refused_clearly() {
        UUID bookkeeping = contractId("claire.martin", "AV-2026-001");

        assertThatThrownBy(() -> as("claire.martin", () -> contracts.compare(bookkeeping, 1, 99)))
                .isInstanceOf(ContractRuleException.class)
                .extracting(e -> ((ContractRuleException) e).messageKey())
                .isEqualTo("contract.error.version.unknown");
    }

    @Test
    void an_organisation_admin_adds_a_colleague_with_the_least_privileged_role_of_their_side() {
        ContractFixtures fixtures = new ContractFixtures(accounts, contracts);
        ContractFixtures.TestContract contract = fixtures.contract(2, 1);
        String clientAdmin = contract.client().admin().username();
        UserRef colleague = accounts.newUser(contract.client().organisation(), false);

        as(clientAdmin, () -> access.addMember(contract.id(), colleague.id(), ContractRole.defaultFor(Side.CLIENT)));

        List<Member> members = as(clientAdmin, () -> contracts.members(contract.id(), 0, 10));
        assertThat(members).anySatisfy(m -> {
            assertThat(m.userId()).isEqualTo(colleague.id());
            assertThat(m.role()).isEqualTo(ContractRole.CLIENT_VIEWER);
        });
        assertThat(members.getFirst().contactPerson()).isTrue();
        assertThat(as(colleague.username(), () -> contracts.workspace(contract.id()))
                        .myRole())
                .isEqualTo(ContractRole.CLIENT_VIEWER);
        assertThatThrownBy(() -> as(
                        clientAdmin, () -> access.addMember(contract.id(), colleague.id(), ContractRole.CLIENT_EDITOR)))
                .isInstanceOf(ContractRuleException.class)
                .extracting(e -> ((ContractRuleException) e).messageKey())
                .isEqualTo("contract.error.member.already");
    }

    @Test
    void membership_rules_refuse_wrong_sides_other_organisations_and_non_admins() {
        ContractFixtures fixtures = new ContractFixtures(accounts, contracts);
        ContractFixtures.TestContract contract = fixtures.contract(1, 1);
        String clientAdmin = contract.client().admin().username();
        UUID providerOwner = contract.provider().admin().id();
        TestOrganisation outsider = accounts.newOrganisation(OrganisationKind.PROVIDER);

        assertThatThrownBy(() -> as(
                        clientAdmin,
                        () -> access.addMember(
                                contract.id(), contract.client().admin().id(), ContractRole.PROVIDER_VIEWER)))
                .isInstanceOf(ContractRuleException.class);
        assertThatThrownBy(() -> as(
                        clientAdmin, () -> access.addMember(contract.id(), providerOwner, ContractRole.CLIENT_VIEWER)))
                .isInstanceOf(ContractRuleException.class);
        assertThatThrownBy(() -> as(
                        outsider.admin().username(),
                        () -> access.addMember(contract.id(), outsider.admin().id(), ContractRole.PROVIDER_VIEWER)))
                .isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> as(
                        "paul.durand",
                        () -> access.addMember(
                                contractId("claire.martin", "AV-2026-001"),
                                UUID.randomUUID(),
                                ContractRole.CLIENT_VIEWER)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_the_application_itself_adopts_versions_and_opens_contracts() {
        UUID bookkeeping = contractId("claire.martin", "AV-2026-001");

        // on none of the user-facing services: on ContractsForModules, which only modules allowed
        // "contract :: internal" reach
        assertThat(java.util.stream.Stream.of(Contracts.class, ContractLifecycle.class, ContractAccess.class)
                        .flatMap(service -> java.util.Arrays.stream(service.getMethods()))
                        .map(java.lang.reflect.Method::getName))
                .doesNotContain(
                        "adoptVersion",
                        "setStatus",
                        "openContract",
                        "enrol",
                        "currentTermsForUpdate",
                        "contractOfParty",
                        "memberRoles",
                        "renewalWatch");
        assertThat(as("claire.martin", () -> contracts.workspace(bookkeeping)).currentVersion())
                .isEqualTo(3);
    }

    @Test
    void adopting_a_version_keeps_every_earlier_version_unchanged() {
        ContractFixtures fixtures = new ContractFixtures(accounts, contracts);
        ContractFixtures.TestContract contract = fixtures.contract(3, 2);
        String owner = contract.client().admin().username();
        var before = as(owner, () -> contracts.termsOfVersion(contract.id(), 2));

        accounts.contractInternals()
                .adoptVersion(
                        contract.id(),
                        ContractFixtures.terms(3, 9),
                        "Version 3",
                        new Approval(contract.client().admin().id(), java.time.Instant.now()),
                        new Approval(contract.provider().admin().id(), java.time.Instant.now()));

        assertThat(as(owner, () -> contracts.termsOfVersion(contract.id(), 2))).isEqualTo(before);
        assertThat(as(owner, () -> contracts.workspace(contract.id())).currentVersion())
                .isEqualTo(3);
    }
}
