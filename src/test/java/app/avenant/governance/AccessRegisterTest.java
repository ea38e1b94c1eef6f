package app.avenant.governance;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.contract.ContractFilter;
import app.avenant.contract.ContractFixtures;
import app.avenant.contract.ContractFixtures.TestContract;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.identity.OrganisationKind;
import app.avenant.identity.UserRef;
import app.avenant.testing.SqlStatementCounter;
import app.avenant.testing.TestAccounts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class AccessRegisterTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    AccessRegister register;

    @Autowired
    Reviews reviews;

    @Autowired
    Clock clock;

    @Autowired
    SqlStatementCounter sql;

    TestContract contract;
    String owner;
    String manager;
    LocalDate today;

    @BeforeEach
    void aContract() {
        contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        owner = contract.client().admin().username();
        manager = contract.provider().admin().username();
        today = LocalDate.now(clock);
    }

    private NewRegisterEntry sage(boolean personal) {
        return new NewRegisterEntry(
                "  ERP Sage 100 ", "factures fournisseurs, RIB", personal, today.minusMonths(3), null, "");
    }

    private String member(UserRef user, ContractRole role) {
        accounts.contractInternals().enrol(contract.id(), user.id(), role, false);
        return user.username();
    }

    private static void refusedWith(Runnable call, String key) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        GovernanceRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void the_pme_declares_a_system_and_every_member_of_both_sides_reads_it() {
        UUID id = as(owner, () -> register.addEntry(contract.id(), sage(true)));
        String providerViewer = member(contract.provider().member(), ContractRole.PROVIDER_VIEWER);

        List<RegisterEntryView> seen = as(providerViewer, () -> register.entries(contract.id(), 0, 10));
        assertThat(seen).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(id);
            assertThat(e.system()).isEqualTo("ERP Sage 100");
            assertThat(e.personalData()).isTrue();
            assertThat(e.active()).isTrue();
        });
        assertThat(as(manager, () -> register.countEntries(contract.id()))).isEqualTo(1);
    }

    @Test
    void the_provider_declares_what_it_touches_but_only_the_pme_corrects_or_revokes_it() {
        UUID id = as(manager, () -> register.addEntry(contract.id(), sage(false)));
        String providerEditor = member(contract.provider().member(), ContractRole.PROVIDER_EDITOR);
        as(
                providerEditor,
                () -> register.addEntry(
                        contract.id(), new NewRegisterEntry("Banque en ligne", "relevés", false, today, null, "")));

        assertThatThrownBy(() -> as(manager, () -> register.updateEntry(id, sage(true))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(providerEditor, () -> register.revokeEntry(id, today)))
                .isInstanceOf(AccessDeniedException.class);

        as(owner, () -> register.updateEntry(id, sage(true)));
        assertThat(as(manager, () -> register.entries(contract.id(), 0, 10)))
                .filteredOn(e -> e.id().equals(id))
                .singleElement()
                .satisfies(e -> assertThat(e.personalData()).isTrue());
    }

    @Test
    void viewers_of_either_side_only_read() {
        String clientViewer = member(contract.client().member(), ContractRole.CLIENT_VIEWER);
        assertThatThrownBy(() -> as(clientViewer, () -> register.addEntry(contract.id(), sage(false))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        clientViewer,
                        () -> register.setChecklistItem(contract.id(), Art28Item.SECURITY, Art28Status.CONFORME, "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(clientViewer, () -> register.markReviewed(contract.id(), null)))
                .isInstanceOf(AccessDeniedException.class);
        RegisterSummary summary = as(clientViewer, () -> register.summary(contract.id()));
        assertThat(summary.canAddEntry()).isFalse();
        assertThat(summary.canSetChecklist()).isFalse();
        assertThat(summary.canMarkReviewed()).isFalse();
    }

    @Test
    void an_outsider_gets_not_found_for_the_contract_and_for_its_entries() {
        UUID id = as(owner, () -> register.addEntry(contract.id(), sage(true)));
        String stranger =
                accounts.newOrganisation(OrganisationKind.CLIENT).admin().username();

        assertThatThrownBy(() -> as(stranger, () -> register.entries(contract.id(), 0, 10)))
                .isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> as(stranger, () -> register.summary(contract.id())))
                .isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> as(stranger, () -> register.revokeEntry(id, today)))
                .isInstanceOf(RegisterEntryNotFoundException.class);
        assertThatThrownBy(() -> as(owner, () -> register.revokeEntry(UUID.randomUUID(), today)))
                .isInstanceOf(RegisterEntryNotFoundException.class);
        assertThat(as(owner, () -> register.entries(contract.id(), 0, 10))
                        .getFirst()
                        .active())
                .isTrue();
    }

    @Test
    void a_declaration_breaking_a_rule_is_refused_with_the_field_named_and_nothing_is_stored() {
        refusedWith(
                () -> as(
                        owner,
                        () -> register.addEntry(contract.id(), new NewRegisterEntry("  ", "", false, today, null, ""))),
                "governance.register.error.system.required");
        refusedWith(
                () -> as(
                        owner,
                        () -> register.addEntry(
                                contract.id(), new NewRegisterEntry("x".repeat(121), "", false, today, null, ""))),
                "governance.register.error.system.tooLong");
        refusedWith(
                () -> as(
                        owner,
                        () -> register.addEntry(
                                contract.id(), new NewRegisterEntry("ERP", "x".repeat(301), false, today, null, ""))),
                "governance.register.error.dataCategories.tooLong");
        refusedWith(
                () -> as(
                        owner,
                        () -> register.addEntry(contract.id(), new NewRegisterEntry("ERP", "", false, null, null, ""))),
                "governance.register.error.grantedOn.required");
        refusedWith(
                () -> as(
                        owner,
                        () -> register.addEntry(
                                contract.id(), new NewRegisterEntry("ERP", "", false, today, today.minusDays(1), ""))),
                "governance.register.error.revokedOn.beforeGranted");
        refusedWith(
                () -> as(
                        owner,
                        () -> register.addEntry(
                                contract.id(), new NewRegisterEntry("ERP", "", false, today, null, "x".repeat(501)))),
                "governance.register.error.note.tooLong");
        assertThat(as(owner, () -> register.countEntries(contract.id()))).isZero();
    }

    @Test
    void a_revocation_is_dated_never_before_the_grant_and_only_once() {
        UUID id = as(owner, () -> register.addEntry(contract.id(), sage(true)));
        refusedWith(
                () -> as(owner, () -> register.revokeEntry(id, null)), "governance.register.error.revokedOn.required");
        refusedWith(
                () -> as(owner, () -> register.revokeEntry(id, today.minusYears(1))),
                "governance.register.error.revokedOn.beforeGranted");

        as(owner, () -> register.revokeEntry(id, today));
        refusedWith(
                () -> as(owner, () -> register.revokeEntry(id, today)),
                "governance.register.error.revokedOn.alreadyRevoked");
        RegisterEntryView revoked =
                as(owner, () -> register.entries(contract.id(), 0, 10)).getFirst();
        assertThat(revoked.revokedOn()).isEqualTo(today);
        assertThat(revoked.active()).isFalse();
    }

    @Test
    void open_accesses_come_first_then_revoked_ones_and_a_revocation_announced_ahead_is_still_open() {
        UUID revoked = as(
                owner,
                () -> register.addEntry(
                        contract.id(),
                        new NewRegisterEntry(
                                "Ancien logiciel", "", false, today.minusYears(1), today.minusMonths(1), "")));
        UUID zeta = as(
                owner,
                () -> register.addEntry(
                        contract.id(), new NewRegisterEntry("Zeta paie", "", true, today.minusMonths(2), null, "")));
        UUID leaving = as(
                owner,
                () -> register.addEntry(
                        contract.id(),
                        new NewRegisterEntry(
                                "Banque en ligne", "", false, today.minusMonths(2), today.plusDays(10), "")));

        List<RegisterEntryView> list = as(owner, () -> register.entries(contract.id(), 0, 10));
        assertThat(list).extracting(RegisterEntryView::id).containsExactly(leaving, zeta, revoked);
        assertThat(list).extracting(RegisterEntryView::active).containsExactly(true, true, false);
        assertThat(as(owner, () -> register.entries(contract.id(), 1, 1)))
                .extracting(RegisterEntryView::id)
                .containsExactly(zeta);

        RegisterSummary summary = as(owner, () -> register.summary(contract.id()));
        assertThat(summary.entries()).isEqualTo(3);
        assertThat(summary.activeEntries()).isEqualTo(2);
        assertThat(summary.personalData()).isTrue();
    }

    @Test
    void the_checklist_lists_the_eight_items_to_verify_until_the_pme_or_the_provider_manager_sets_them() {
        List<ChecklistItemView> fresh = as(manager, () -> register.checklist(contract.id()));
        assertThat(fresh).extracting(ChecklistItemView::item).containsExactly(Art28Item.values());
        assertThat(fresh).allSatisfy(i -> {
            assertThat(i.status()).isEqualTo(Art28Status.A_VERIFIER);
            assertThat(i.changedBy()).isNull();
        });

        as(
                owner,
                () -> register.setChecklistItem(
                        contract.id(), Art28Item.SECURITY, Art28Status.CONFORME, " Annexe sécurité signée "));
        as(
                manager,
                () -> register.setChecklistItem(
                        contract.id(), Art28Item.SUB_PROCESSORS, Art28Status.NON_CONFORME, "Hébergeur non déclaré"));
        as(
                manager,
                () -> register.setChecklistItem(
                        contract.id(), Art28Item.SECURITY, Art28Status.CONFORME, "Annexe sécurité signée le 02/03"));
        String providerEditor = member(contract.provider().member(), ContractRole.PROVIDER_EDITOR);
        assertThatThrownBy(() -> as(
                        providerEditor,
                        () -> register.setChecklistItem(contract.id(), Art28Item.AUDITS, Art28Status.CONFORME, "")))
                .isInstanceOf(AccessDeniedException.class);
        refusedWith(
                () -> as(
                        owner,
                        () -> register.setChecklistItem(
                                contract.id(), Art28Item.AUDITS, Art28Status.CONFORME, "x".repeat(501))),
                "governance.register.error.comment.tooLong");

        List<ChecklistItemView> list = as(owner, () -> register.checklist(contract.id()));
        ChecklistItemView security = list.get(Art28Item.SECURITY.ordinal());
        assertThat(security.status()).isEqualTo(Art28Status.CONFORME);
        assertThat(security.comment()).isEqualTo("Annexe sécurité signée le 02/03");
        assertThat(security.changedBy()).isEqualTo(contract.provider().admin().displayName());
        assertThat(list.get(Art28Item.AUDITS.ordinal()).status()).isEqualTo(Art28Status.A_VERIFIER);

        RegisterSummary summary = as(owner, () -> register.summary(contract.id()));
        assertThat(summary.checklistCount(Art28Status.CONFORME)).isEqualTo(1);
        assertThat(summary.checklistCount(Art28Status.NON_CONFORME)).isEqualTo(1);
        assertThat(summary.checklistCount(Art28Status.A_VERIFIER)).isEqualTo(6);
    }

    @Test
    void a_register_never_reviewed_needs_a_review_and_one_reviewed_at_the_last_held_comite_does_not() {
        assertThat(as(owner, () -> register.summary(contract.id()))).satisfies(s -> {
            assertThat(s.lastReviewedAt()).isNull();
            assertThat(s.reviewOutdated()).isTrue();
        });
        UUID held = as(
                owner,
                () -> reviews.plan(
                        contract.id(), new NewReview(LocalDateTime.now(clock).minusHours(1), 60, "Comité")));
        as(owner, () -> reviews.markHeld(held));

        as(manager, () -> register.markReviewed(contract.id(), held));
        RegisterSummary reviewed = as(owner, () -> register.summary(contract.id()));
        assertThat(reviewed.lastReviewedBy())
                .isEqualTo(contract.provider().admin().displayName());
        assertThat(reviewed.lastReviewId()).isEqualTo(held);
        assertThat(reviewed.lastReviewedAt()).isNotNull();
        assertThat(reviewed.reviewOutdated()).isFalse();
    }

    @Test
    void a_comite_held_since_the_last_review_makes_it_outdated_until_reviewed_again() {
        as(owner, () -> register.markReviewed(contract.id(), null));
        assertThat(as(owner, () -> register.summary(contract.id())).reviewOutdated())
                .isFalse();

        UUID later = as(
                owner,
                () -> reviews.plan(
                        contract.id(), new NewReview(LocalDateTime.now(clock).plusDays(1), 60, "Comité suivant")));
        refusedWith(
                () -> as(owner, () -> register.markReviewed(contract.id(), later)),
                "governance.register.error.review.notStarted"); // not gone through at a comité still to come
        as(owner, () -> reviews.markHeld(later));
        assertThat(as(owner, () -> register.summary(contract.id())).reviewOutdated())
                .isTrue();

        as(owner, () -> register.markReviewed(contract.id(), later));
        assertThat(as(owner, () -> register.summary(contract.id())).reviewOutdated())
                .isFalse();
    }

    @Test
    void a_review_of_another_contract_cannot_be_named() {
        TestContract other = new ContractFixtures(accounts, contracts).contract(1, 1);
        String otherOwner = other.client().admin().username();
        UUID foreign = as(
                otherOwner,
                () -> reviews.plan(
                        other.id(), new NewReview(LocalDateTime.now(clock).minusDays(1), 60, "Autre")));
        refusedWith(
                () -> as(owner, () -> register.markReviewed(contract.id(), foreign)),
                "governance.register.error.review.unknown");
        assertThat(as(owner, () -> register.summary(contract.id())).lastReviewedAt())
                .isNull();
    }

    @Test
    void a_page_of_the_register_and_the_summary_take_a_bounded_number_of_statements() {
        for (int i = 0; i < 12; i++) {
            NewRegisterEntry entry = new NewRegisterEntry("Système " + i, "", i % 2 == 0, today, null, "");
            as(owner, () -> register.addEntry(contract.id(), entry));
        }
        for (Art28Item item : Art28Item.values()) {
            as(manager, () -> register.setChecklistItem(contract.id(), item, Art28Status.CONFORME, ""));
        }
        long page = sql.count(() -> as(owner, () -> register.entries(contract.id(), 0, 50)));
        long checklist = sql.count(() -> as(owner, () -> register.checklist(contract.id())));
        long summary = sql.count(() -> as(owner, () -> register.summary(contract.id())));
        assertThat(page).isLessThanOrEqualTo(6);
        assertThat(checklist).isLessThanOrEqualTo(6);
        assertThat(summary).isLessThanOrEqualTo(10);
    }

    @Test
    void the_demo_contract_shows_a_register_with_personal_data_and_a_checklist_under_way() {
        UUID demo = as("claire.martin", () -> contracts.myContracts(ContractFilter.all(), 0, 50)).stream()
                .filter(c -> c.reference().equals("AV-2026-001"))
                .findFirst()
                .orElseThrow()
                .id();
        RegisterSummary summary = as("lea.bernard", () -> register.summary(demo));
        assertThat(summary.entries()).isEqualTo(3);
        assertThat(summary.activeEntries()).isEqualTo(2);
        assertThat(summary.personalData()).isTrue();
        assertThat(summary.checklistCount(Art28Status.CONFORME)).isEqualTo(3);
        assertThat(summary.checklistCount(Art28Status.NON_CONFORME)).isEqualTo(1);
    }
}
