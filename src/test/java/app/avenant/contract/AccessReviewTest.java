package app.avenant.contract;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.contract.ContractFixtures.TestContract;
import app.avenant.governance.NewReview;
import app.avenant.governance.Reviews;
import app.avenant.identity.UserRef;
import app.avenant.testing.MovableClock;
import app.avenant.testing.OwnRequest;
import app.avenant.testing.SqlStatementCounter;
import app.avenant.testing.TestAccounts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Access review (docs/decisions/0008): who reviews access, revoking, end dates and re-certification rounds, with a clock the
 * test moves (access ends by itself on its date: nothing runs in the background).
 */
@SpringBootTest(classes = {app.avenant.AvenantApplication.class, AccessReviewTest.MovingTime.class})
class AccessReviewTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class MovingTime {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Instant.parse("2026-11-27T09:00:00Z"));
        }
    }

    @Autowired
    Contracts contracts;

    @Autowired
    ContractAccess access;

    @Autowired
    Reviews reviews;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SqlStatementCounter sql;

    @Autowired
    ApplicationContext applicationContext;

    TestContract contract;
    String owner;
    String manager;
    UserRef clientEditor;
    UserRef providerViewer;

    @BeforeEach
    void setUp() {
        // another test class's context may have made its own security strategy the JVM-wide one
        SecurityContextHolder.setContextHolderStrategy(applicationContext.getBean(SecurityContextHolderStrategy.class));
        SecurityContextHolder.clearContext();
        contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        owner = contract.client().admin().username();
        manager = contract.provider().admin().username();
        clientEditor = contract.client().member();
        providerViewer = contract.provider().member();
        accounts.contractInternals().enrol(contract.id(), clientEditor.id(), ContractRole.CLIENT_EDITOR, false);
        accounts.contractInternals().enrol(contract.id(), providerViewer.id(), ContractRole.PROVIDER_VIEWER, false);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private AccessEntry entryOf(String as, UUID userId) {
        return as(as, () -> access.accessReview(contract.id(), 0, 50)).stream()
                .filter(e -> e.userId().equals(userId))
                .findFirst()
                .orElseThrow();
    }

    private boolean sees(UserRef user) {
        return as(user.username(), () -> contracts.myContracts(ContractFilter.all(), 0, 50)).stream()
                .anyMatch(s -> s.id().equals(contract.id()));
    }

    @Test
    void both_owners_review_every_membership_with_its_state_and_what_they_may_do() {
        List<AccessEntry> review = as(owner, () -> access.accessReview(contract.id(), 0, 50));

        assertThat(review).hasSize(4);
        assertThat(as(manager, () -> access.countAccessReview(contract.id()))).isEqualTo(4);
        assertThat(review.subList(0, 2)).allMatch(AccessEntry::contactPerson);
        assertThat(review).allMatch(e -> e.state() == AccessState.ACTIVE).allMatch(e -> e.grantedByName() == null);
        AccessEntry me = entryOf(owner, contract.client().admin().id());
        assertThat(me.mayRevoke()).as("not oneself, nor the contact person").isFalse();
        AccessEntry editor = entryOf(owner, clientEditor.id());
        assertThat(editor.mayRevoke()).isTrue();
        assertThat(editor.mayChangeRole()).isTrue();
        assertThat(editor.maySetExpiry())
                .as("end dates are for provider members")
                .isFalse();
        AccessEntry viewer = entryOf(owner, providerViewer.id());
        assertThat(viewer.mayRevoke())
                .as("the provider's people are the provider's to revoke")
                .isFalse();
        assertThat(viewer.maySetExpiry())
                .as("the PME's owner sets a provider member's end date")
                .isTrue();
        assertThat(viewer.organisationName())
                .isEqualTo(contract.provider().organisation().name());

        assertThatThrownBy(() -> as(clientEditor.username(), () -> access.accessReview(contract.id(), 0, 50)))
                .isInstanceOf(AccessDeniedException.class);
        TestContract other = new ContractFixtures(accounts, contracts).contract(1, 1);
        assertThatThrownBy(() -> as(other.client().admin().username(), () -> access.accessReview(contract.id(), 0, 50)))
                .isInstanceOf(ContractNotFoundException.class);
    }

    @Test
    void a_provider_member_whose_access_ended_yesterday_is_not_found_and_no_longer_sees_the_contract() {
        as(owner, () -> access.setAccessExpiry(contract.id(), providerViewer.id(), today().plusDays(1)));
        assertThat(sees(providerViewer)).isTrue();

        clock.advance(Duration.ofDays(2));

        assertThatThrownBy(() -> as(providerViewer.username(), () -> contracts.workspace(contract.id())))
                .isInstanceOf(ContractNotFoundException.class);
        assertThat(sees(providerViewer)).isFalse();
        assertThat(as(providerViewer.username(), () -> contracts.countMyContracts(ContractFilter.all())))
                .isZero();
        assertThat(accounts.contractInternals().memberRoles(contract.id())).doesNotContainKey(providerViewer.id());
        assertThat(entryOf(manager, providerViewer.id()).state()).isEqualTo(AccessState.EXPIRED);
        // nor is offered any more as a member (attendee, action owner), while the access review still lists them
        long reviewed = as(owner, () -> access.countAccessReview(contract.id()));
        assertThat(as(owner, () -> contracts.members(contract.id(), 0, 50)))
                .noneMatch(m -> m.userId().equals(providerViewer.id()))
                .hasSize((int) reviewed - 1);
        assertThat(as(owner, () -> contracts.countMembers(contract.id()))).isEqualTo(reviewed - 1);
    }

    @Test
    void the_end_date_is_the_first_day_without_access() {
        as(manager, () -> access.setAccessExpiry(contract.id(), providerViewer.id(), today().plusDays(1)));
        assertThat(as(providerViewer.username(), () -> contracts.myRole(contract.id())))
                .isEqualTo(ContractRole.PROVIDER_VIEWER);

        clock.advance(Duration.ofDays(1));

        assertThatThrownBy(() -> as(providerViewer.username(), () -> contracts.myRole(contract.id())))
                .isInstanceOf(ContractNotFoundException.class);
    }

    @Test
    void an_end_date_must_be_after_today_on_a_provider_member_who_is_not_the_contact_person() {
        UUID id = contract.id();
        assertThatThrownBy(() -> as(owner, () -> access.setAccessExpiry(id, providerViewer.id(), today())))
                .isInstanceOfSatisfying(
                        ContractRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("access.error.expiry.date"));
        assertThatThrownBy(() -> as(owner, () -> access.setAccessExpiry(id, clientEditor.id(), today().plusDays(5))))
                .isInstanceOfSatisfying(
                        ContractRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("access.error.expiry.side"));
        assertThatThrownBy(() -> as(
                        owner,
                        () -> access.setAccessExpiry(
                                id, contract.provider().admin().id(), today().plusDays(5))))
                .isInstanceOfSatisfying(
                        ContractRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("access.error.expiry.contact"));
        assertThatThrownBy(() -> as(
                        clientEditor.username(),
                        () -> access.setAccessExpiry(id, providerViewer.id(), today().plusDays(5))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(entryOf(owner, providerViewer.id()).expiresOn()).isNull();

        as(owner, () -> access.setAccessExpiry(id, providerViewer.id(), today().plusDays(5)));
        assertThat(entryOf(owner, providerViewer.id()).expiresOn()).isEqualTo(today().plusDays(5));
        as(manager, () -> access.setAccessExpiry(id, providerViewer.id(), null));
        assertThat(entryOf(owner, providerViewer.id()).expiresOn()).isNull();
    }

    @Test
    void an_editor_not_recertified_lapses_the_day_after_the_due_date_and_certifying_restores_them() {
        UUID id = contract.id();
        as(owner, () -> access.openRecertification(id, clock.instant(), today().plusDays(14)));
        assertThat(entryOf(owner, clientEditor.id()).state()).isEqualTo(AccessState.TO_RECERTIFY);
        assertThat(as(owner, () -> access.recertificationRound(id)))
                .get()
                .extracting(RecertificationRound::pendingOnMySide)
                .isEqualTo(1L);

        clock.advance(Duration.ofDays(14));
        assertThat(as(clientEditor.username(), () -> contracts.myRole(id))).isEqualTo(ContractRole.CLIENT_EDITOR);

        clock.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> as(clientEditor.username(), () -> contracts.workspace(id)))
                .isInstanceOf(ContractNotFoundException.class);
        assertThat(sees(clientEditor)).isFalse();
        assertThat(entryOf(owner, clientEditor.id()).state()).isEqualTo(AccessState.LAPSED);
        assertThat(as(owner, () -> contracts.myRole(id)))
                .as("owners never lapse")
                .isEqualTo(ContractRole.CLIENT_OWNER);
        assertThat(as(manager, () -> contracts.myRole(id))).isEqualTo(ContractRole.PROVIDER_MANAGER);

        as(owner, () -> access.certifyAccess(id, Set.of(clientEditor.id()), Set.of()));

        assertThat(sees(clientEditor)).isTrue();
        AccessEntry restored = entryOf(owner, clientEditor.id());
        assertThat(restored.state()).isEqualTo(AccessState.ACTIVE);
        assertThat(restored.certifiedAt()).isEqualTo(clock.instant());
        assertThat(restored.certifiedByName())
                .isEqualTo(contract.client().admin().displayName());
        assertThat(entryOf(owner, providerViewer.id()).state())
                .as("the provider's side is the provider's to certify")
                .isEqualTo(AccessState.LAPSED);
    }

    @Test
    void certifying_a_side_removes_those_let_go_confirms_those_kept_and_leaves_anyone_unnamed_as_they_are() {
        UUID id = contract.id();
        UserRef secondEditor = accounts.newUser(contract.client().organisation(), false);
        UserRef addedMeanwhile = accounts.newUser(contract.client().organisation(), false);
        accounts.contractInternals().enrol(id, secondEditor.id(), ContractRole.CLIENT_EDITOR, false);
        accounts.contractInternals().enrol(id, addedMeanwhile.id(), ContractRole.CLIENT_VIEWER, false);

        as(owner, () -> access.certifyAccess(id, Set.of(secondEditor.id()), Set.of(clientEditor.id())));

        List<UUID> left = as(owner, () -> access.accessReview(id, 0, 50)).stream()
                .map(AccessEntry::userId)
                .toList();
        assertThat(left)
                .contains(contract.client().admin().id(), secondEditor.id(), providerViewer.id(), addedMeanwhile.id())
                .doesNotContain(clientEditor.id());
        assertThat(entryOf(owner, addedMeanwhile.id()).certifiedAt())
                .as("not named: neither confirmed nor removed")
                .isNull();
        assertThatThrownBy(() -> as(
                        owner,
                        () -> access.certifyAccess(
                                id, Set.of(), Set.of(contract.client().admin().id()))))
                .isInstanceOfSatisfying(
                        ContractRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("access.error.certify.stays"));
        assertThatThrownBy(() -> as(clientEditor.username(), () -> contracts.myRole(id)))
                .isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> as(owner, () -> access.certifyAccess(id, Set.of(providerViewer.id()), Set.of())))
                .isInstanceOfSatisfying(
                        ContractRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("access.error.certify.notMember"));
        assertThatThrownBy(() -> as(secondEditor.username(), () -> access.certifyAccess(id, Set.of(), Set.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit(id, "ACCESS_CERTIFIED")).containsExactly("side=CLIENT kept=1 revoked=1");
    }

    @Test
    void revoking_ends_the_access_at_once_and_is_recorded() {
        UUID id = contract.id();
        assertThat(sees(providerViewer)).isTrue();

        as(manager, () -> access.revokeAccess(id, providerViewer.id()));

        assertThat(sees(providerViewer)).isFalse();
        assertThatThrownBy(() -> as(providerViewer.username(), () -> contracts.workspace(id)))
                .isInstanceOf(ContractNotFoundException.class);
        assertThat(as(owner, () -> access.countAccessReview(id))).isEqualTo(3);
        assertThat(audit(id, "ACCESS_REVOKED"))
                .containsExactly("user=" + providerViewer.id() + " role=PROVIDER_VIEWER");
    }

    @Test
    void revoking_is_for_the_member_s_side_and_never_oneself_the_contact_person_or_the_last_owner() {
        UUID id = contract.id();
        assertThatThrownBy(() -> as(owner, () -> access.revokeAccess(id, providerViewer.id())))
                .as("the PME's owner does not revoke the provider's people")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(clientEditor.username(), () -> access.revokeAccess(id, providerViewer.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        owner,
                        () -> access.revokeAccess(id, contract.client().admin().id())))
                .isInstanceOfSatisfying(
                        ContractRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("access.error.revoke.self"));

        // a second client owner (not the contact person) may be revoked by the first, but not the other way round
        UserRef secondOwner = accounts.newUser(contract.client().organisation(), false);
        accounts.contractInternals().enrol(id, secondOwner.id(), ContractRole.CLIENT_OWNER, false);
        assertThatThrownBy(() -> as(
                        secondOwner.username(),
                        () -> access.revokeAccess(id, contract.client().admin().id())))
                .isInstanceOfSatisfying(
                        ContractRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("access.error.revoke.contact"));
        as(owner, () -> access.revokeAccess(id, secondOwner.id()));

        // nor may the provider's only manager demote themselves: their side would have no one to approve
        assertThatThrownBy(() -> as(
                        manager,
                        () -> access.changeRole(id, contract.provider().admin().id(), ContractRole.PROVIDER_VIEWER)))
                .isInstanceOfSatisfying(
                        ContractRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("access.error.role.lastOwner"));
    }

    @Test
    void an_organisation_admin_manages_their_own_people_even_without_a_role_on_the_contract() {
        UUID id = contract.id();
        UserRef secondAdmin = accounts.newUser(contract.client().organisation(), true);

        as(secondAdmin.username(), () -> access.changeRole(id, clientEditor.id(), ContractRole.CLIENT_VIEWER));
        assertThat(entryOf(owner, clientEditor.id()).role()).isEqualTo(ContractRole.CLIENT_VIEWER);
        assertThatThrownBy(() -> as(secondAdmin.username(), () -> access.revokeAccess(id, providerViewer.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        secondAdmin.username(),
                        () -> access.changeRole(id, clientEditor.id(), ContractRole.PROVIDER_EDITOR)))
                .isInstanceOfSatisfying(
                        ContractRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("access.error.role.side"));
        as(secondAdmin.username(), () -> access.revokeAccess(id, clientEditor.id()));
        assertThat(sees(clientEditor)).isFalse();
    }

    @Test
    void holding_a_steering_review_opens_a_recertification_due_fourteen_days_later() {
        UUID id = contract.id();
        LocalDateTime start = LocalDateTime.now(clock).minusHours(2);
        UUID review = as(owner, () -> reviews.plan(id, new NewReview(start, 60, "Comité de pilotage")));
        assertThat(as(owner, () -> access.recertificationRound(id))).isEmpty();

        as(clientEditor.username(), () -> reviews.markHeld(review));

        RecertificationRound round =
                as(manager, () -> access.recertificationRound(id)).orElseThrow();
        assertThat(round.due()).isEqualTo(today().plusDays(14));
        assertThat(round.from()).isBeforeOrEqualTo(clock.instant());
        assertThat(round.pendingOnMySide()).isEqualTo(1);
        assertThatThrownBy(() ->
                        as(providerViewer.username(), () -> access.openRecertification(id, clock.instant(), today())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_review_costs_the_same_few_statements_whatever_the_number_of_members() {
        UUID id = contract.id();
        as(owner, () -> access.accessReview(id, 0, 50)); // warm-up
        // each a click of its own, in its own request
        long few = OwnRequest.of(() -> sql.count(() -> as(owner, () -> access.accessReview(id, 0, 50))));
        for (int i = 0; i < 5; i++) {
            UserRef more = accounts.newUser(contract.provider().organisation(), false);
            accounts.contractInternals().enrol(id, more.id(), ContractRole.PROVIDER_EDITOR, false);
        }

        // the new accounts' names are read once, then known to the server (KnownPeople) like the others
        as(owner, () -> access.accessReview(id, 0, 50));
        long many = OwnRequest.of(() -> sql.count(() -> as(owner, () -> access.accessReview(id, 0, 50))));

        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(6);
    }

    private List<String> audit(UUID contractId, String action) {
        // recorded after the commit, by the audit listener
        return jdbc.queryForList(
                "select details from audit_entry where contract_id = ? and action = ? order by seq",
                String.class,
                contractId,
                action);
    }
}
