package app.avenant.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.contract.Approval;
import app.avenant.contract.ContractRuleException;
import app.avenant.contract.ContractStatus;
import app.avenant.contract.Side;
import app.avenant.contract.StatusChange;
import app.avenant.contract.terms.TermsFixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The contract guards its own life-cycle: which moves it allows, which it refuses and with what message. */
class ContractTransitionsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final UUID OWNER = UUID.randomUUID();

    @Test
    void a_draft_with_a_version_starts_its_pilot_and_says_so_in_its_history() {
        Contract c = withVersion();

        StatusChangeEntry entry = c.startPilot(500, TODAY.plusDays(30), TODAY, OWNER, NOW);

        assertThat(c.status()).isEqualTo(ContractStatus.PILOT);
        assertThat(c.hadPilot()).isTrue();
        assertThat(c.pilotVolumeCap()).isEqualTo(500);
        assertThat(c.pilotEndDate()).isEqualTo(TODAY.plusDays(30));
        assertThat(c.pilotStartedBy()).isEqualTo(OWNER);
        assertThat(c.lastChangedAt()).isEqualTo(NOW);
        assertThat(entry.kind()).isEqualTo(StatusChange.Kind.PILOT_STARTED);
        assertThat(entry.fromStatus()).isEqualTo(ContractStatus.DRAFT);
        assertThat(entry.toStatus()).isEqualTo(ContractStatus.PILOT);
        assertThat(entry.changedBy()).isEqualTo(OWNER);
    }

    @Test
    void a_pilot_is_refused_without_a_version_with_no_volume_or_an_end_not_after_today_and_nothing_changes() {
        assertRefused(
                () -> draft().startPilot(10, TODAY.plusDays(1), TODAY, OWNER, NOW), "contract.error.pilot.noVersion");
        Contract c = withVersion();
        assertRefused(() -> c.startPilot(0, TODAY.plusDays(1), TODAY, OWNER, NOW), "contract.error.pilot.volumeCap");
        assertRefused(() -> c.startPilot(10, TODAY, TODAY, OWNER, NOW), "contract.error.pilot.endDate");
        assertThat(c.status()).isEqualTo(ContractStatus.DRAFT);
        assertThat(c.hadPilot()).isFalse();
    }

    @Test
    void a_pilot_starts_only_once_and_only_from_draft() {
        Contract c = withVersion();
        c.startPilot(10, TODAY.plusDays(10), TODAY, OWNER, NOW);

        assertRefused(() -> c.startPilot(10, TODAY.plusDays(10), TODAY, OWNER, NOW), "contract.error.pilot.status");
        // the status rule comes first: a pilot on an active contract is refused for its status, whatever the input
        Contract active = readyToActivate();
        active.activate(null, OWNER, NOW);
        assertRefused(() -> active.startPilot(0, TODAY, TODAY, OWNER, NOW), "contract.error.pilot.status");
    }

    @Test
    void a_draft_or_a_pilot_with_both_contact_persons_becomes_active_with_its_note() {
        Contract fromDraft = readyToActivate();
        StatusChangeEntry entry = fromDraft.activate("  Go  ", OWNER, NOW);
        assertThat(fromDraft.status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(entry.fromStatus()).isEqualTo(ContractStatus.DRAFT);
        assertThat(entry.toStatus()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(entry.note()).isEqualTo("Go");

        Contract fromPilot = readyToActivate();
        fromPilot.startPilot(10, TODAY.plusDays(10), TODAY, OWNER, NOW);
        assertThat(fromPilot.activate(null, OWNER, NOW).fromStatus()).isEqualTo(ContractStatus.PILOT);
        assertThat(fromPilot.status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(fromPilot.hadPilot()).as("the pilot's terms stay known").isTrue();
    }

    @Test
    void activation_is_refused_for_status_then_version_then_contact_persons_then_note() {
        Contract active = readyToActivate();
        active.activate(null, OWNER, NOW);
        assertRefused(() -> active.activate("x".repeat(10_000), OWNER, NOW), "contract.error.activate.status");

        Contract noVersion = draft();
        noVersion.nameContactPerson(Side.CLIENT, OWNER, NOW);
        noVersion.nameContactPerson(Side.PROVIDER, UUID.randomUUID(), NOW);
        assertRefused(() -> noVersion.activate(null, OWNER, NOW), "contract.error.activate.noVersion");

        Contract oneContact = withVersion();
        oneContact.nameContactPerson(Side.CLIENT, OWNER, NOW);
        assertThat(oneContact.activationRefusal()).isEqualTo("contract.error.activate.contactPersons");
        assertRefused(() -> oneContact.activate(null, OWNER, NOW), "contract.error.activate.contactPersons");

        Contract ready = readyToActivate();
        assertThat(ready.activationRefusal()).isNull();
        assertRefused(
                () -> ready.activate("x".repeat(StatusChangeEntry.NOTE_MAX + 1), OWNER, NOW),
                "contract.error.activate.note");
        assertThat(ready.status()).isEqualTo(ContractStatus.DRAFT);
    }

    @Test
    void only_a_draft_is_brought_in_with_the_status_it_has_elsewhere() {
        Contract c = withVersion();
        c.bringInAs(ContractStatus.PILOT, NOW);
        assertThat(c.status()).isEqualTo(ContractStatus.PILOT);
        assertThat(c.hadPilot()).isFalse();

        assertThatThrownBy(() -> c.bringInAs(ContractStatus.ACTIVE, NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(c.status()).isEqualTo(ContractStatus.PILOT);
    }

    @Test
    void a_recertification_round_is_due_on_or_after_the_day_it_opens() {
        Contract c = draft();
        ZoneId paris = ZoneId.of("Europe/Paris");
        // 23:30 UTC on 1 March is already 2 March in Paris: due on 1 March is before that day
        Instant lateEvening = Instant.parse("2026-03-01T23:30:00Z");
        assertRefused(
                () -> c.openRecertification(lateEvening, LocalDate.of(2026, 3, 1), paris),
                "access.error.recertification.due");
        assertThat(c.recertificationDue()).isNull();

        c.openRecertification(lateEvening, LocalDate.of(2026, 3, 2), paris);
        assertThat(c.recertificationFrom()).isEqualTo(lateEvening);
        assertThat(c.recertificationDue()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    private static Contract draft() {
        return new Contract("T-1", "Contrat de test", UUID.randomUUID(), UUID.randomUUID(), NOW);
    }

    private static Contract withVersion() {
        Contract c = draft();
        c.adopt(
                TermsFixtures.invoiceEntryExample(),
                "Version 1",
                new Approval(OWNER, NOW),
                new Approval(UUID.randomUUID(), NOW),
                NOW);
        return c;
    }

    private static Contract readyToActivate() {
        Contract c = withVersion();
        c.nameContactPerson(Side.CLIENT, OWNER, NOW);
        c.nameContactPerson(Side.PROVIDER, UUID.randomUUID(), NOW);
        return c;
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        ContractRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
