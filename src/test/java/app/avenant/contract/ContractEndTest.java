package app.avenant.contract;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.audit.AuditAction;
import app.avenant.audit.AuditEntryView;
import app.avenant.audit.AuditTrail;
import app.avenant.change.ChangeRequests;
import app.avenant.change.NewChangeRequest;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.notification.NotificationKind;
import app.avenant.notification.NotificationView;
import app.avenant.notification.Notifications;
import app.avenant.testing.TestAccounts;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue 15, point 4: after a pilot the owner goes, extends or stops (no-go); an active contract is suspended, resumed
 * and ended; an ended contract is read-only, both sides tick the exit checklist, and the provider's accesses end.
 * Each move is the contract's own rule, is in the history and the audit trail, and is told to the other side.
 */
@SpringBootTest
class ContractEndTest {

    @Autowired
    Contracts contracts;

    @Autowired
    ContractLifecycle lifecycle;

    @Autowired
    ChangeRequests changeRequests;

    @Autowired
    ContractAccess access;

    @Autowired
    Notifications notifications;

    @Autowired
    AuditTrail trail;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Clock clock;

    private ContractFixtures.TestContract active() {
        var c = new ContractFixtures(accounts, contracts).contract(1, 1);
        accounts.contractInternals().setStatus(c.id(), ContractStatus.ACTIVE);
        return c;
    }

    private static String owner(ContractFixtures.TestContract c) {
        return c.client().admin().username();
    }

    private static String manager(ContractFixtures.TestContract c) {
        return c.provider().admin().username();
    }

    private ContractStatus status(ContractFixtures.TestContract c) {
        return as(owner(c), () -> lifecycle.pilotProgress(c.id())).status();
    }

    private List<StatusChange.Kind> history(ContractFixtures.TestContract c) {
        return as(owner(c), () -> lifecycle.statusChanges(c.id(), 0, 20)).stream()
                .map(StatusChange::kind)
                .toList();
    }

    private List<NotificationView> toldTo(String username, ContractFixtures.TestContract c) {
        return as(username, () -> notifications.newest(100)).stream()
                .filter(n -> n.kind() == NotificationKind.CONTRACT_STATUS_CHANGED
                        && n.target().contractId().equals(c.id()))
                .toList();
    }

    private List<AuditEntryView> audited(ContractFixtures.TestContract c, AuditAction action) {
        return as(owner(c), () -> trail.entriesOfContract(c.id(), 0, 500)).stream()
                .filter(e -> e.action() == action)
                .toList();
    }

    @Test
    void at_the_end_of_a_pilot_the_owner_extends_it_with_a_later_date_and_a_new_cap() {
        var c = new ContractFixtures(accounts, contracts).contract(1, 1);
        LocalDate end = LocalDate.now(clock).plusDays(10);
        as(owner(c), () -> lifecycle.startPilot(c.id(), 100, end));

        // not after the current end: refused, nothing changes
        assertThatThrownBy(() -> as(owner(c), () -> lifecycle.extendPilot(c.id(), 200, end, null)))
                .isInstanceOfSatisfying(
                        ContractRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contract.error.pilot.extendDate"));
        as(owner(c), () -> lifecycle.extendPilot(c.id(), 200, end.plusDays(30), "Volumes de décembre à voir"));

        PilotProgress progress = as(owner(c), () -> lifecycle.pilotProgress(c.id()));
        assertThat(progress.status()).isEqualTo(ContractStatus.PILOT);
        assertThat(progress.pilot().volumeCap()).isEqualTo(200);
        assertThat(progress.pilot().endDate()).isEqualTo(end.plusDays(30));
        assertThat(history(c)).containsExactly(StatusChange.Kind.PILOT_EXTENDED, StatusChange.Kind.PILOT_STARTED);
        // the history keeps what was decided each time, not only that something was
        StatusChange extended =
                as(owner(c), () -> lifecycle.statusChanges(c.id(), 0, 1)).getFirst();
        assertThat(extended.pilotVolumeCap()).isEqualTo(200);
        assertThat(extended.pilotEndDate()).isEqualTo(end.plusDays(30));
        assertThat(as(owner(c), () -> lifecycle.statusChanges(c.id(), 1, 1))
                        .getFirst()
                        .pilotEndDate())
                .isEqualTo(end);
        assertThat(toldTo(manager(c), c))
                .extracting(NotificationView::detail, NotificationView::context)
                .contains(org.assertj.core.groups.Tuple.tuple("PILOT_EXTENDED", "Volumes de décembre à voir"));
        assertThat(audited(c, AuditAction.CONTRACT_STATUS_CHANGED)).hasSize(2);
    }

    @Test
    void a_no_go_needs_a_reason_and_ends_the_contract_which_then_reads_only() {
        var c = new ContractFixtures(accounts, contracts).contract(1, 1);
        as(
                owner(c),
                () -> lifecycle.startPilot(c.id(), 100, LocalDate.now(clock).plusDays(10)));

        assertThatThrownBy(() -> as(owner(c), () -> lifecycle.stopPilot(c.id(), "  ")))
                .isInstanceOfSatisfying(
                        ContractRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contract.error.lifecycle.reason"));
        assertThat(status(c)).isEqualTo(ContractStatus.PILOT);
        // only the PME's owner decides
        assertThatThrownBy(() -> as(manager(c), () -> lifecycle.stopPilot(c.id(), "Non")))
                .isInstanceOf(AccessDeniedException.class);

        as(owner(c), () -> lifecycle.stopPilot(c.id(), "Délais de résolution trop longs pendant le pilote"));

        assertThat(status(c)).isEqualTo(ContractStatus.TERMINATED);
        assertThat(history(c)).first().isEqualTo(StatusChange.Kind.NO_GO);
        // read-only for everyone: the roles every module asks before a write no longer edit
        assertThat(as(owner(c), () -> contracts.myRole(c.id()))).isEqualTo(ContractRole.CLIENT_VIEWER);
        assertThat(as(manager(c), () -> contracts.myRole(c.id()))).isEqualTo(ContractRole.PROVIDER_VIEWER);
        assertThatThrownBy(() -> as(
                        owner(c),
                        () -> changeRequests.propose(
                                c.id(), new NewChangeRequest("Encore un essai", "", ObjectiveKind.COST))))
                .isInstanceOf(app.avenant.change.ChangeRuleException.class);
        // no new member nor contact person on an ended contract
        assertThatThrownBy(() -> as(
                        owner(c),
                        () -> access.addMember(c.id(), c.client().member().id(), ContractRole.CLIENT_VIEWER)))
                .isInstanceOfSatisfying(
                        ContractRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contract.error.ended"));
        // and a second end is refused by the contract's own rule
        assertThatThrownBy(() -> as(owner(c), () -> lifecycle.end(c.id(), false, "Encore")))
                .isInstanceOfSatisfying(
                        ContractRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contract.error.lifecycle.status"));
    }

    @Test
    void an_active_contract_is_suspended_resumed_then_ended_by_notice_each_move_told_and_audited() {
        var c = active();

        assertThatThrownBy(() -> as(owner(c), () -> lifecycle.resume(c.id(), null)))
                .isInstanceOf(ContractRuleException.class);
        as(owner(c), () -> lifecycle.suspend(c.id(), "Déménagement de la boutique"));
        assertThat(status(c)).isEqualTo(ContractStatus.SUSPENDED);
        as(owner(c), () -> lifecycle.resume(c.id(), null));
        assertThat(status(c)).isEqualTo(ContractStatus.ACTIVE);
        as(owner(c), () -> lifecycle.end(c.id(), true, "Activité reprise en interne"));

        assertThat(status(c)).isEqualTo(ContractStatus.TERMINATED);
        assertThat(history(c))
                .containsExactly(
                        StatusChange.Kind.ENDED_BY_NOTICE, StatusChange.Kind.RESUMED, StatusChange.Kind.SUSPENDED);
        assertThat(toldTo(manager(c), c)).hasSize(3);
        assertThat(toldTo(owner(c), c)).isEmpty();
        assertThat(audited(c, AuditAction.CONTRACT_STATUS_CHANGED))
                .extracting(AuditEntryView::details)
                .anySatisfy(d -> assertThat(d).contains("kind=ENDED_BY_NOTICE", "from=ACTIVE", "to=TERMINATED"));
    }

    @Test
    void both_sides_tick_the_exit_checklist_and_then_the_providers_accesses_end() {
        var c = active();
        assertThatThrownBy(() -> as(owner(c), () -> lifecycle.tickExit(c.id(), ExitItem.DATA_RETURNED, true)))
                .isInstanceOfSatisfying(
                        ContractRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contract.error.exit.status"));
        as(owner(c), () -> lifecycle.end(c.id(), false, "Fin du contrat à son terme"));

        ExitChecklist forManager = as(manager(c), () -> lifecycle.exitChecklist(c.id()));
        assertThat(forManager.mySide()).isEqualTo(Side.PROVIDER);
        assertThat(forManager.lines())
                .hasSize(3)
                .allSatisfy(line -> assertThat(line.provider()).isNull());

        for (ExitItem item : ExitItem.values()) {
            as(manager(c), () -> lifecycle.tickExit(c.id(), item, true));
        }
        as(owner(c), () -> lifecycle.tickExit(c.id(), ExitItem.DATA_RETURNED, true));
        as(owner(c), () -> lifecycle.tickExit(c.id(), ExitItem.ACCESSES_REVOKED, true));
        // one item still open on the PME's side: the provider is still there, and may untick
        as(manager(c), () -> lifecycle.tickExit(c.id(), ExitItem.DATA_RETURNED, false));
        as(manager(c), () -> lifecycle.tickExit(c.id(), ExitItem.DATA_RETURNED, true));
        assertThat(as(manager(c), () -> lifecycle.exitChecklist(c.id())).lines())
                .extracting(line -> line.provider() != null)
                .containsOnly(true);

        as(owner(c), () -> lifecycle.tickExit(c.id(), ExitItem.DOCUMENTS_HANDED_OVER, true));

        ExitChecklist done = as(owner(c), () -> lifecycle.exitChecklist(c.id()));
        assertThat(done.completedAt()).isNotNull();
        assertThat(done.mySide()).isNull();
        assertThat(history(c)).first().isEqualTo(StatusChange.Kind.EXIT_COMPLETED);
        assertThatThrownBy(() -> as(manager(c), () -> contracts.myRole(c.id())))
                .isInstanceOf(ContractNotFoundException.class);
        assertThat(audited(c, AuditAction.ACCESS_REVOKED)).isNotEmpty();
        assertThat(audited(c, AuditAction.EXIT_ITEM_TICKED)).hasSize(8);
        assertThatThrownBy(() -> as(owner(c), () -> lifecycle.tickExit(c.id(), ExitItem.DATA_RETURNED, false)))
                .isInstanceOfSatisfying(
                        ContractRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("contract.error.exit.done"));
    }

    @Test
    void an_outsider_learns_nothing_and_a_member_who_owns_no_side_ticks_nothing() {
        var c = active();
        as(owner(c), () -> lifecycle.end(c.id(), false, "Fin"));
        var outsider = accounts.newOrganisation(app.avenant.identity.OrganisationKind.PROVIDER);

        assertThatThrownBy(() -> as(outsider.admin().username(), () -> lifecycle.exitChecklist(c.id())))
                .isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() ->
                        as(outsider.admin().username(), () -> lifecycle.tickExit(c.id(), ExitItem.DATA_RETURNED, true)))
                .isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> as(outsider.admin().username(), () -> lifecycle.suspend(c.id(), "x")))
                .isInstanceOf(ContractNotFoundException.class);
    }
}
