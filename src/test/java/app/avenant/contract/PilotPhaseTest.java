package app.avenant.contract;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.contract.internal.ContractsForModules;
import app.avenant.identity.OrganisationKind;
import app.avenant.testing.OwnRequest;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** The pilot phase and the owner's explicit move to "actif", with the contact persons rule. */
@SpringBootTest
class PilotPhaseTest {

    @Autowired
    Contracts contracts;

    @Autowired
    ContractLifecycle lifecycle;

    @Autowired
    ContractAccess access;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Clock clock;

    private ContractFixtures fixtures() {
        return new ContractFixtures(accounts, contracts);
    }

    private LocalDate inDays(int days) {
        return LocalDate.now(clock).plusDays(days);
    }

    private static String owner(ContractFixtures.TestContract c) {
        return c.client().admin().username();
    }

    /** A contract with one version whose provider side has named no contact person yet. */
    private ContractFixtures.TestContract withoutProviderContact() {
        TestOrganisation client = accounts.newOrganisation(OrganisationKind.CLIENT);
        TestOrganisation provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
        ContractsForModules internals = accounts.contractInternals();
        UUID id = internals.openContract(new NewContract(
                "P-" + UUID.randomUUID().toString().substring(0, 12),
                "Contrat pilote",
                client.organisation().id(),
                provider.organisation().id()));
        internals.enrol(id, client.admin().id(), ContractRole.CLIENT_OWNER, true);
        internals.enrol(id, provider.admin().id(), ContractRole.PROVIDER_MANAGER, false);
        internals.adoptVersion(
                id,
                ContractFixtures.terms(2, 1),
                "Version 1",
                new Approval(client.admin().id(), Instant.now()),
                new Approval(provider.admin().id(), Instant.now()));
        return new ContractFixtures.TestContract(id, client, provider);
    }

    @Test
    void the_owner_starts_a_pilot_with_a_volume_cap_and_an_end_date() {
        var c = fixtures().contract(2, 1);
        LocalDate end = inDays(30);

        as(owner(c), () -> lifecycle.startPilot(c.id(), 500, end));

        PilotProgress progress = as(owner(c), () -> lifecycle.pilotProgress(c.id()));
        assertThat(progress.status()).isEqualTo(ContractStatus.PILOT);
        assertThat(progress.pilot()).isNotNull();
        assertThat(progress.pilot().volumeCap()).isEqualTo(500);
        assertThat(progress.pilot().endDate()).isEqualTo(end);
        assertThat(progress.pilot().startedByName())
                .isEqualTo(c.client().admin().displayName());
        assertThat(progress.daysLeft()).isEqualTo(30);
        List<StatusChange> history = as(owner(c), () -> lifecycle.statusChanges(c.id(), 0, 10));
        assertThat(history).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(StatusChange.Kind.PILOT_STARTED);
            assertThat(change.from()).isEqualTo(ContractStatus.DRAFT);
            assertThat(change.to()).isEqualTo(ContractStatus.PILOT);
        });
    }

    @Test
    void the_status_history_shows_each_change_at_the_next_click_though_the_server_keeps_it() {
        var c = withoutProviderContact();
        // each read is a click of its own: nothing is remembered in the request, only what this server keeps
        assertThat(OwnRequest.of(() -> as(owner(c), () -> lifecycle.statusChanges(c.id(), 0, 10))))
                .isEmpty();

        as(owner(c), () -> lifecycle.startPilot(c.id(), 100, inDays(20)));
        assertThat(OwnRequest.of(() -> as(owner(c), () -> lifecycle.statusChanges(c.id(), 0, 10))))
                .extracting(StatusChange::kind)
                .containsExactly(StatusChange.Kind.PILOT_STARTED);

        as(
                c.provider().admin().username(),
                () -> access.nameContactPerson(c.id(), c.provider().admin().id()));
        assertThat(OwnRequest.of(
                        () -> as(c.provider().admin().username(), () -> lifecycle.statusChanges(c.id(), 0, 10))))
                .extracting(StatusChange::kind)
                .containsExactly(StatusChange.Kind.CONTACT_PERSON, StatusChange.Kind.PILOT_STARTED);
    }

    @Test
    void a_pilot_needs_a_draft_with_a_version_a_cap_of_at_least_one_and_an_end_date_after_today() {
        var noVersion = fixtures().contract(1, 0);
        assertThatThrownBy(() -> as(owner(noVersion), () -> lifecycle.startPilot(noVersion.id(), 10, inDays(10))))
                .isInstanceOf(ContractRuleException.class)
                .hasMessage("contract.error.pilot.noVersion");

        var c = fixtures().contract(1, 1);
        assertThatThrownBy(() -> as(owner(c), () -> lifecycle.startPilot(c.id(), 0, inDays(10))))
                .isInstanceOf(ContractRuleException.class)
                .hasMessage("contract.error.pilot.volumeCap");
        assertThatThrownBy(() -> as(owner(c), () -> lifecycle.startPilot(c.id(), 10, inDays(0))))
                .isInstanceOf(ContractRuleException.class)
                .hasMessage("contract.error.pilot.endDate");
        assertThat(as(owner(c), () -> lifecycle.pilotProgress(c.id())).pilot())
                .as("nothing stored")
                .isNull();

        as(owner(c), () -> lifecycle.startPilot(c.id(), 10, inDays(10)));
        assertThatThrownBy(() -> as(owner(c), () -> lifecycle.startPilot(c.id(), 10, inDays(10))))
                .isInstanceOf(ContractRuleException.class)
                .hasMessage("contract.error.pilot.status");
    }

    @Test
    void only_the_owner_starts_a_pilot_or_activates_and_outsiders_learn_nothing() {
        var c = fixtures().contract(1, 1);
        String provider = c.provider().admin().username();
        String outsider =
                accounts.newOrganisation(OrganisationKind.CLIENT).admin().username();

        assertThatThrownBy(() -> as(provider, () -> lifecycle.startPilot(c.id(), 10, inDays(10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(provider, () -> lifecycle.activate(c.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(outsider, () -> lifecycle.startPilot(c.id(), 10, inDays(10))))
                .isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> as(outsider, () -> lifecycle.activate(c.id(), null)))
                .isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> as(outsider, () -> lifecycle.pilotProgress(c.id())))
                .isInstanceOf(ContractNotFoundException.class);
        assertThat(as(provider, () -> lifecycle.pilotProgress(c.id())).status()).isEqualTo(ContractStatus.DRAFT);
    }

    @Test
    void activating_is_refused_until_both_sides_have_a_contact_person_then_recorded_with_who_when_and_note() {
        var c = withoutProviderContact();
        as(owner(c), () -> lifecycle.startPilot(c.id(), 100, inDays(20)));

        PilotProgress before = as(owner(c), () -> lifecycle.pilotProgress(c.id()));
        assertThat(before.activationBlockedKey()).isEqualTo("contract.error.activate.contactPersons");
        assertThat(before.checklist()).contains(new PilotCheck(PilotCheck.Item.CONTACT_PERSONS, false));
        assertThatThrownBy(() -> as(owner(c), () -> lifecycle.activate(c.id(), "go")))
                .isInstanceOf(ContractRuleException.class)
                .hasMessage("contract.error.activate.contactPersons");

        as(
                c.provider().admin().username(),
                () -> access.nameContactPerson(c.id(), c.provider().admin().id()));
        Instant beforeActivation = clock.instant();
        as(owner(c), () -> lifecycle.activate(c.id(), "  Pilote concluant  "));

        PilotProgress after = as(c.provider().admin().username(), () -> lifecycle.pilotProgress(c.id()));
        assertThat(after.status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(after.pilot()).as("the pilot's terms stay known").isNotNull();
        assertThat(after.activation()).isNotNull();
        assertThat(after.activation().from()).isEqualTo(ContractStatus.PILOT);
        assertThat(after.activation().to()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(after.activation().note()).isEqualTo("Pilote concluant");
        assertThat(after.activation().byName()).isEqualTo(c.client().admin().displayName());
        assertThat(after.activation().at()).isAfterOrEqualTo(beforeActivation.minusSeconds(1));
        assertThat(after.activationBlockedKey()).isEqualTo("contract.error.activate.status");

        List<StatusChange> history = as(owner(c), () -> lifecycle.statusChanges(c.id(), 0, 10));
        assertThat(history)
                .extracting(StatusChange::kind)
                .containsExactly(
                        StatusChange.Kind.STATUS, StatusChange.Kind.CONTACT_PERSON, StatusChange.Kind.PILOT_STARTED);
        assertThat(history.get(1).contactName()).isEqualTo(c.provider().admin().displayName());
        assertThat(history.get(1).side()).isEqualTo(Side.PROVIDER);
        assertThat(history.get(1).byName()).isEqualTo(c.provider().admin().displayName());
        assertThatThrownBy(() -> as(owner(c), () -> lifecycle.activate(c.id(), null)))
                .isInstanceOf(ContractRuleException.class)
                .hasMessage("contract.error.activate.status");
    }

    @Test
    void a_draft_with_both_contact_persons_goes_straight_to_active() {
        var c = fixtures().contract(1, 1);
        as(owner(c), () -> lifecycle.activate(c.id(), null));

        PilotProgress progress = as(owner(c), () -> lifecycle.pilotProgress(c.id()));
        assertThat(progress.status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(progress.pilot()).isNull();
        assertThat(progress.activation().from()).isEqualTo(ContractStatus.DRAFT);
        assertThat(progress.activation().note()).isNull();
    }

    @Test
    void the_checklist_tells_what_is_ready_before_going_active() {
        var c = fixtures().contract(3, 1);
        as(owner(c), () -> lifecycle.startPilot(c.id(), 10, inDays(5)));

        List<PilotCheck> checklist =
                as(owner(c), () -> lifecycle.pilotProgress(c.id())).checklist();

        assertThat(checklist)
                .containsExactly(
                        new PilotCheck(PilotCheck.Item.CONTACT_PERSONS, true),
                        new PilotCheck(PilotCheck.Item.VERSION_ADOPTED, true),
                        new PilotCheck(PilotCheck.Item.SCOPE_READY, true),
                        new PilotCheck(PilotCheck.Item.SERVICE_LEVELS, true),
                        new PilotCheck(PilotCheck.Item.PILOT_OVER, false));
    }
}
