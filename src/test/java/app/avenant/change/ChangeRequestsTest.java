package app.avenant.change;

import static app.avenant.change.ChangeFixtures.bands;
import static app.avenant.change.ChangeFixtures.withBaseline;
import static app.avenant.change.ChangeFixtures.withPricing;
import static app.avenant.change.ChangeFixtures.withTitle;
import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.change.ChangeFixtures.TestContract;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.Contracts;
import app.avenant.contract.Side;
import app.avenant.contract.VersionSummary;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.PriceBand;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsImpact;
import app.avenant.contract.terms.TermsMerge;
import app.avenant.identity.UserRef;
import app.avenant.testing.SqlStatementCounter;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The change request service end to end on a real database, as the users of each side call it. */
@SpringBootTest
@RecordApplicationEvents
class ChangeRequestsTest {

    @Autowired
    ChangeRequests changes;

    @Autowired
    Contracts contracts;

    @Autowired
    ChangeFixtures fixtures;

    @Autowired
    SqlStatementCounter statements;

    @Autowired
    ApplicationEvents events;

    @Test
    void the_worked_example_client_asks_30_percent_more_provider_counters_both_approve_and_version_2_is_born() {
        TestContract c = fixtures.contract(2);
        Terms current = current(c);

        // the PME's editor asks +30 % volume on the first item and submits
        UUID id = as(
                c.clientEditor().username(),
                () -> changes.propose(
                        c.id(),
                        new NewChangeRequest(
                                "Volume +30 % saisie des factures",
                                "Croissance de l’activité", ObjectiveKind.TIME_SAVED)));
        Terms plus30 = withBaseline(current, "item-0", 1300);
        revise(c.clientEditor(), id, plus30, "+30 %");
        as(
                c.clientEditor().username(),
                () -> changes.submit(id, detail(c.clientEditor(), id).version()));

        // the provider's editor counters with a band above 1 000 at 1,70 €
        Terms counter = withPricing(
                plus30,
                "item-0",
                bands(
                        new PriceBand(0, 1000L, new BigDecimal("2.00")),
                        new PriceBand(1001, null, new BigDecimal("1.70"))));
        revise(c.providerEditor(), id, counter, "Bande au-delà de 1 000 à 1,70 €");

        ChangeRequestDetail beforeApproval = detail(c.clientOwner(), id);
        assertThat(beforeApproval.latest().number()).isEqualTo(3);
        assertThat(beforeApproval.latest().side()).isEqualTo(Side.PROVIDER);
        assertThat(beforeApproval.diff().changes()).isNotEmpty();
        assertThat(beforeApproval.impact().monthlyAfter())
                .isNotEqualByComparingTo(beforeApproval.impact().monthlyBefore());
        assertThat(beforeApproval.can().approve()).isTrue();
        assertThat(detail(c.clientEditor(), id).can().approve()).isFalse();

        as(c.clientOwner().username(), () -> changes.approve(id, 3));
        assertThat(detail(c.clientOwner(), id).status()).isEqualTo(ChangeRequestStatus.SUBMITTED);
        as(c.providerManager().username(), () -> changes.approve(id, 3));

        ChangeRequestDetail accepted = detail(c.clientEditor(), id);
        assertThat(accepted.status()).isEqualTo(ChangeRequestStatus.ACCEPTED);
        assertThat(accepted.producedVersion()).isEqualTo(2);
        assertThat(accepted.approvals())
                .extracting(ApprovalView::side)
                .containsExactlyInAnyOrder(Side.CLIENT, Side.PROVIDER);
        Terms adopted = current(c);
        assertThat(adopted).isEqualTo(counter);
        assertThat(adopted.scopeItem("item-0").orElseThrow().volume().baselineMonthlyUnits())
                .isEqualTo(1300);
        List<VersionSummary> history = as(c.clientEditor().username(), () -> contracts.versions(c.id(), 0, 10));
        assertThat(history.getFirst().number()).isEqualTo(2);
        assertThat(history.getFirst().summary()).isEqualTo("Volume +30 % saisie des factures");
        assertThat(history.getFirst().providerApprover())
                .isEqualTo(c.providerManager().displayName());

        assertThat(events.stream(ChangeRequestEvent.class)
                        .map(e -> e.getClass().getSimpleName())
                        .toList())
                .containsExactly("Revised", "Submitted", "Revised", "Approved", "Approved", "Accepted");
        assertThat(events.stream(ChangeRequestEvent.Accepted.class).toList())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.producedVersion()).isEqualTo(2);
                    assertThat(e.contractId()).isEqualTo(c.id());
                    assertThat(e.actorId()).isEqualTo(c.providerManager().id());
                });
    }

    @Test
    void comparing_revisions_marks_which_side_made_each_change() {
        TestContract c = fixtures.contract(2);
        UUID id = proposeAndSubmit(c, withBaseline(current(c), "item-0", 1300));
        Terms counter = withPricing(
                changes(c, id),
                "item-0",
                bands(
                        new PriceBand(0, 1000L, new BigDecimal("2.00")),
                        new PriceBand(1001, null, new BigDecimal("1.70"))));
        revise(c.providerEditor(), id, counter, "contre-proposition");

        RevisionComparison comparison = as(c.clientOwner().username(), () -> changes.compareRevisions(id, 1, 3));

        assertThat(comparison.changes()).isNotEmpty();
        assertThat(comparison.changes())
                .filteredOn(ch -> ch.field().field().startsWith("volume.baseline")
                        || ch.field().field().contains("baseline"))
                .allSatisfy(ch -> {
                    assertThat(ch.side()).isEqualTo(Side.CLIENT);
                    assertThat(ch.revision()).isEqualTo(2);
                });
        assertThat(comparison.changes())
                .filteredOn(ch -> ch.field().field().startsWith("band"))
                .isNotEmpty()
                .allSatisfy(ch -> {
                    assertThat(ch.side()).isEqualTo(Side.PROVIDER);
                    assertThat(ch.revision()).isEqualTo(3);
                });
        assertThat(comparison.changes()).extracting(AttributedChange::side).contains(Side.CLIENT, Side.PROVIDER);
        assertThat(as(c.clientOwner().username(), () -> changes.revisionTerms(id, 3)))
                .isEqualTo(counter);
    }

    @Test
    void a_non_member_learns_nothing() {
        TestContract c = fixtures.contract(1);
        UUID id = proposeAndSubmit(c, withBaseline(current(c), "item-0", 1300));
        String outsider = c.outsider().admin().username();

        assertThatThrownBy(() -> as(outsider, () -> changes.detail(id)))
                .isInstanceOf(ChangeRequestNotFoundException.class);
        assertThatThrownBy(() -> as(outsider, () -> changes.approve(id, 2)))
                .isInstanceOf(ChangeRequestNotFoundException.class);
        assertThatThrownBy(() -> as(outsider, () -> changes.comment(id, "Bonjour")))
                .isInstanceOf(ChangeRequestNotFoundException.class);
        assertThatThrownBy(() -> as(outsider, () -> changes.list(c.id(), null, 0, 10)))
                .isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> as(c.clientOwner().username(), () -> changes.detail(UUID.randomUUID())))
                .isInstanceOf(ChangeRequestNotFoundException.class);
    }

    @Test
    void a_stale_revision_is_refused_naming_who_revised_meanwhile() {
        TestContract c = fixtures.contract(1);
        UUID id = as(
                c.clientEditor().username(),
                () -> changes.propose(c.id(), new NewChangeRequest("Titre", "Raison", ObjectiveKind.RELIABILITY)));
        long seenByEditor = detail(c.clientEditor(), id).version();
        revise(c.clientOwner(), id, withBaseline(current(c), "item-0", 1100), "le responsable d’abord");

        assertThatThrownBy(() -> as(
                        c.clientEditor().username(),
                        () -> changes.revise(id, seenByEditor, withBaseline(current(c), "item-0", 1200), "trop tard")))
                .isInstanceOfSatisfying(
                        StaleChangeRequestException.class,
                        e -> assertThat(e.modifiedBy())
                                .isEqualTo(c.clientOwner().displayName()));
        assertThat(detail(c.clientEditor(), id).latest().number()).isEqualTo(2);
    }

    @Test
    void accepting_one_request_outdates_the_other_and_disjoint_edits_still_merge() {
        TestContract c = fixtures.contract(2);
        Terms v1 = current(c);
        UUID a = proposeAndSubmit(c, withBaseline(v1, "item-0", 1300));
        UUID b = proposeAndSubmit(c, withTitle(v1, "item-1", "Titre revu"));

        approveBoth(c, a, 2);
        ChangeRequestDetail outdated = detail(c.clientOwner(), b);
        assertThat(outdated.baseOutdated()).isTrue();
        assertThat(outdated.currentContractVersion()).isEqualTo(2);
        assertThat(outdated.conflicts()).isEmpty();
        approveBoth(c, b, 2);

        assertThat(detail(c.clientOwner(), b).producedVersion()).isEqualTo(3);
        Terms v3 = current(c);
        assertThat(v3.scopeItem("item-0").orElseThrow().volume().baselineMonthlyUnits())
                .isEqualTo(1300);
        assertThat(v3.scopeItem("item-1").orElseThrow().title()).isEqualTo("Titre revu");
    }

    @Test
    void conflicting_edits_are_blocked_with_the_conflicts_listed_until_a_revision_resolves_them() {
        TestContract c = fixtures.contract(1);
        Terms v1 = current(c);
        UUID a = proposeAndSubmit(c, withBaseline(v1, "item-0", 1300));
        UUID b = proposeAndSubmit(c, withBaseline(v1, "item-0", 1500));
        approveBoth(c, a, 2);

        ChangeRequestDetail blocked = detail(c.clientOwner(), b);
        assertThat(blocked.baseOutdated()).isTrue();
        assertThat(blocked.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.itemKey()).isEqualTo("item-0");
            assertThat(conflict.ours()).isEqualTo(1500L);
            assertThat(conflict.theirs()).isEqualTo(1300L);
        });
        assertThat(blocked.can().approve()).isFalse();
        as(c.clientOwner().username(), () -> changes.approve(b, 2));
        assertThatThrownBy(() -> as(c.providerManager().username(), () -> changes.approve(b, 2)))
                .isInstanceOfSatisfying(
                        ChangeRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("change.error.conflicts"));
        assertThat(detail(c.clientOwner(), b).approvals())
                .extracting(ApprovalView::side)
                .containsExactly(Side.CLIENT);
        assertThat(current(c).scopeItem("item-0").orElseThrow().volume().baselineMonthlyUnits())
                .isEqualTo(1300);

        // a new revision that keeps the current value resolves it: rebased onto version 2, then accepted
        revise(c.clientOwner(), b, withTitle(withBaseline(v1, "item-0", 1300), "item-0", "Saisie revue"), "résolu");
        ChangeRequestDetail resolved = detail(c.clientOwner(), b);
        assertThat(resolved.latest().baseVersion()).isEqualTo(2);
        assertThat(resolved.conflicts()).isEmpty();
        approveBoth(c, b, 3);
        assertThat(current(c).scopeItem("item-0").orElseThrow().title()).isEqualTo("Saisie revue");
    }

    @Test
    void a_revision_laid_on_the_terms_in_force_settles_every_conflict_at_once_even_keeping_ones_own_value() {
        TestContract c = fixtures.contract(2);
        Terms v1 = current(c);
        UUID a = proposeAndSubmit(c, withBaseline(v1, "item-0", 1300));
        UUID b = proposeAndSubmit(c, withTitle(withBaseline(v1, "item-0", 1500), "item-1", "Titre revu"));
        approveBoth(c, a, 2);
        Terms v2 = current(c);

        ChangeRequestDetail blocked = detail(c.clientOwner(), b);
        assertThat(blocked.conflicts()).hasSize(1);
        // the impact reads against the version in force (1 300 a month), not against the outdated base
        assertThat(blocked.impact())
                .isEqualTo(
                        TermsImpact.between(v2, withTitle(withBaseline(v2, "item-0", 1500), "item-1", "Titre revu")));

        Terms settled = TermsMerge.resolve(blocked.base(), blocked.proposed(), v2, conflict -> false)
                .settled();
        assertThat(settled).isNotNull();
        as(
                c.clientOwner().username(),
                () -> changes.reviseOnTermsInForce(b, blocked.version(), 2, settled, "je garde 1 500"));

        ChangeRequestDetail resolved = detail(c.clientOwner(), b);
        assertThat(resolved.latest().number()).isEqualTo(3);
        assertThat(resolved.latest().baseVersion()).isEqualTo(2);
        assertThat(resolved.baseOutdated()).isFalse();
        assertThat(resolved.conflicts()).isEmpty();
        approveBoth(c, b, 3);
        Terms v3 = current(c);
        assertThat(v3.scopeItem("item-0").orElseThrow().volume().baselineMonthlyUnits())
                .isEqualTo(1500);
        assertThat(v3.scopeItem("item-1").orElseThrow().title()).isEqualTo("Titre revu");
    }

    @Test
    void a_revision_laid_on_a_version_no_longer_in_force_is_refused() {
        TestContract c = fixtures.contract(1);
        Terms v1 = current(c);
        UUID a = proposeAndSubmit(c, withBaseline(v1, "item-0", 1300));
        UUID b = proposeAndSubmit(c, withBaseline(v1, "item-0", 1500));
        long seen = detail(c.clientOwner(), b).version();
        approveBoth(c, a, 2);

        assertThatThrownBy(() -> as(
                        c.clientOwner().username(),
                        () -> changes.reviseOnTermsInForce(b, seen, 1, withBaseline(v1, "item-0", 1400), "")))
                .isInstanceOfSatisfying(
                        ChangeRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("change.error.inForceMoved"));
        assertThat(detail(c.clientOwner(), b).latest().number()).isEqualTo(2);
    }

    @Test
    void the_list_puts_requests_awaiting_my_approval_first_and_filters_by_status() {
        TestContract c = fixtures.contract(1);
        Terms v1 = current(c);
        UUID first = proposeAndSubmit(c, withBaseline(v1, "item-0", 1100));
        UUID draft = as(
                c.clientEditor().username(),
                () -> changes.propose(c.id(), new NewChangeRequest("Brouillon", "Raison", ObjectiveKind.COST)));
        UUID approvedByProvider = proposeAndSubmit(c, withBaseline(v1, "item-0", 1200));
        as(c.providerManager().username(), () -> changes.approve(approvedByProvider, 2));

        List<ChangeRequestSummary> forProvider =
                as(c.providerManager().username(), () -> changes.list(c.id(), null, 0, 10));
        assertThat(forProvider).extracting(ChangeRequestSummary::id).containsExactly(first, approvedByProvider, draft);
        assertThat(forProvider)
                .extracting(ChangeRequestSummary::awaitingMyApproval)
                .containsExactly(true, false, false);
        List<ChangeRequestSummary> forClientOwner =
                as(c.clientOwner().username(), () -> changes.list(c.id(), null, 0, 10));
        assertThat(forClientOwner)
                .extracting(ChangeRequestSummary::id)
                .containsExactly(approvedByProvider, first, draft);
        // "à moi" for an editor: their side's draft to submit comes first (docs/decisions/0025)
        List<ChangeRequestSummary> forEditor = as(c.clientEditor().username(), () -> changes.list(c.id(), null, 0, 10));
        assertThat(forEditor).extracting(ChangeRequestSummary::number).containsExactly(2, 3, 1);
        assertThat(forEditor)
                .extracting(s -> s.next().kind())
                .containsExactly(
                        NextStep.Kind.DRAFT_MINE, NextStep.Kind.AWAITING_APPROVAL, NextStep.Kind.AWAITING_APPROVAL);
        assertThat(forEditor).noneMatch(ChangeRequestSummary::awaitingMyApproval);

        assertThat(as(c.clientEditor().username(), () -> changes.list(c.id(), ChangeRequestStatus.DRAFT, 0, 10)))
                .extracting(ChangeRequestSummary::id)
                .containsExactly(draft);
        assertThat(as(c.clientEditor().username(), () -> changes.count(c.id(), ChangeRequestStatus.SUBMITTED)))
                .isEqualTo(2);
        assertThat(as(c.clientEditor().username(), () -> changes.list(c.id(), null, 1, 1)))
                .extracting(ChangeRequestSummary::number)
                .containsExactly(3);
    }

    @Test
    void a_page_of_the_list_costs_a_bounded_number_of_statements() {
        TestContract c = fixtures.contract(1);
        for (int i = 0; i < 6; i++) {
            proposeAndSubmit(c, withBaseline(current(c), "item-0", 1100 + i));
        }

        // the caller is read once per request (RequestMemo): read before counting, so both counts are alike
        as(c.providerManager().username(), () -> changes.list(c.id(), null, 0, 1));
        long small = statements.count(() -> as(c.providerManager().username(), () -> changes.list(c.id(), null, 0, 2)));
        long large = statements.count(() -> as(c.providerManager().username(), () -> changes.list(c.id(), null, 0, 6)));

        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(6);
    }

    @Test
    void both_sides_comment_in_one_thread() {
        TestContract c = fixtures.contract(1);
        UUID id = proposeAndSubmit(c, withBaseline(current(c), "item-0", 1300));

        as(c.providerEditor().username(), () -> changes.comment(id, "Nous proposons une bande au-delà de 1 000."));
        as(c.clientEditor().username(), () -> changes.comment(id, "D’accord sur le principe."));
        assertThatThrownBy(() -> as(c.clientViewer().username(), () -> changes.comment(id, "Et moi ?")))
                .isInstanceOf(ChangeRuleException.class);
        assertThatThrownBy(() -> as(c.clientEditor().username(), () -> changes.comment(id, "  ")))
                .isInstanceOf(ChangeRuleException.class);

        List<CommentView> thread = as(c.clientViewer().username(), () -> changes.comments(id, 0, 10));
        assertThat(thread).extracting(CommentView::side).containsExactly(Side.PROVIDER, Side.CLIENT);
        assertThat(thread.getFirst().authorName()).isEqualTo(c.providerEditor().displayName());
        assertThat(events.stream(ChangeRequestEvent.Commented.class)).hasSize(2);
    }

    @Test
    void a_request_that_changes_nothing_can_be_neither_submitted_nor_approved() {
        TestContract c = fixtures.contract(1);
        UUID untouched = as(
                c.clientEditor().username(),
                () -> changes.propose(c.id(), new NewChangeRequest("Rien à changer", "Raison", ObjectiveKind.COST)));

        ChangeRequestDetail draft = detail(c.clientEditor(), untouched);
        assertThat(draft.changesNothing()).isTrue();
        assertThat(draft.can().submit()).isFalse();
        assertThatThrownBy(() -> as(
                        c.clientEditor().username(),
                        () -> changes.submit(
                                untouched, changes.detail(untouched).version())))
                .isInstanceOf(ChangeRuleException.class)
                .hasMessageContaining("change.error.empty");
        assertThat(detail(c.clientEditor(), untouched).status()).isEqualTo(ChangeRequestStatus.DRAFT);

        // two requests propose the same baseline: once the first is in force, the second would change nothing
        Terms v1 = current(c);
        UUID first = proposeAndSubmit(c, withBaseline(v1, "item-0", 1300));
        UUID same = proposeAndSubmit(c, withBaseline(v1, "item-0", 1300));
        approveBoth(c, first, 2);

        ChangeRequestDetail emptied = detail(c.providerManager(), same);
        assertThat(emptied.changesNothing()).isTrue();
        assertThat(emptied.can().approve()).isFalse();
        assertThatThrownBy(() -> as(c.clientOwner().username(), () -> changes.approve(same, 2)))
                .isInstanceOf(ChangeRuleException.class)
                .hasMessageContaining("change.error.empty");
        assertThat(detail(c.clientOwner(), same).approvals()).isEmpty();
        assertThat(as(c.clientOwner().username(), () -> contracts.countVersions(c.id())))
                .isEqualTo(2);
    }

    @Test
    void title_and_reason_are_edited_with_their_history_and_a_stale_edit_is_refused() {
        TestContract c = fixtures.contract(1);
        UUID id = proposeAndSubmit(c, withBaseline(current(c), "item-0", 1200));
        long version = detail(c.clientEditor(), id).version();
        // the reason is the PME's: the provider answers it, it does not rewrite it
        assertThatThrownBy(() -> as(
                        c.providerEditor().username(),
                        () -> changes.reword(id, version, "Volume à 1 100", "Notre lecture")))
                .isInstanceOf(ChangeRuleException.class)
                .hasMessageContaining("change.error.reword.side");

        as(c.clientEditor().username(), () -> changes.reword(id, version, "Volume à 1 200", "Pic de janvier"));

        ChangeRequestDetail after = detail(c.clientOwner(), id);
        assertThat(after.title()).isEqualTo("Volume à 1 200");
        assertThat(after.reason()).isEqualTo("Pic de janvier");
        assertThat(after.wordingEdits()).isEqualTo(1);
        List<WordingEditView> history = as(c.clientOwner().username(), () -> changes.wordingEdits(id, 0, 10));
        assertThat(history).singleElement().satisfies(e -> {
            assertThat(e.titleBefore()).startsWith("Demande ");
            assertThat(e.titleAfter()).isEqualTo("Volume à 1 200");
            assertThat(e.reasonBefore()).isEqualTo("Raison");
            assertThat(e.side()).isEqualTo(Side.CLIENT);
        });
        assertThatThrownBy(() -> as(c.clientOwner().username(), () -> changes.reword(id, version, "Autre", "Autre")))
                .isInstanceOf(StaleChangeRequestException.class);
        assertThatThrownBy(() -> as(c.outsider().admin().username(), () -> changes.wordingEdits(id, 0, 10)))
                .isInstanceOf(ChangeRequestNotFoundException.class);
        assertThat(detail(c.clientOwner(), id).title()).isEqualTo("Volume à 1 200");

        approveBoth(c, id, 2);
        assertThat(as(c.clientOwner().username(), () -> contracts.versions(c.id(), 0, 1))
                        .getFirst()
                        .summary())
                .isEqualTo("Volume à 1 200");
    }

    @Test
    void internal_notes_stay_with_the_side_that_wrote_them() {
        TestContract c = fixtures.contract(1);
        UUID id = proposeAndSubmit(c, withBaseline(current(c), "item-0", 1200));

        as(c.providerEditor().username(), () -> changes.addInternalNote(id, "On peut descendre à 1 100, pas moins."));
        as(c.clientEditor().username(), () -> changes.addInternalNote(id, "Budget validé jusqu'à 1 250."));

        assertThat(as(c.providerManager().username(), () -> changes.internalNotes(id, 0, 10)))
                .extracting(CommentView::text)
                .containsExactly("On peut descendre à 1 100, pas moins.");
        assertThat(as(c.clientViewer().username(), () -> changes.internalNotes(id, 0, 10)))
                .extracting(CommentView::text)
                .containsExactly("Budget validé jusqu'à 1 250.");
        assertThat(as(c.clientOwner().username(), () -> changes.internalNotes(id, 0, 10)))
                .hasSize(1);
        assertThat(as(c.clientOwner().username(), () -> changes.comments(id, 0, 10)))
                .isEmpty();
        assertThatThrownBy(() -> as(c.clientViewer().username(), () -> changes.addInternalNote(id, "Lecteur")))
                .isInstanceOf(ChangeRuleException.class)
                .hasMessage("change.error.internalNote.role");
        assertThatThrownBy(() -> as(c.outsider().admin().username(), () -> changes.internalNotes(id, 0, 10)))
                .isInstanceOf(ChangeRequestNotFoundException.class);
    }

    @Test
    void reject_and_withdraw_close_the_request() {
        TestContract c = fixtures.contract(1);
        UUID rejected = proposeAndSubmit(c, withBaseline(current(c), "item-0", 1300));
        UUID withdrawn = proposeAndSubmit(c, withBaseline(current(c), "item-0", 1400));

        assertThatThrownBy(() -> as(c.providerManager().username(), () -> changes.reject(rejected, " ")))
                .isInstanceOf(ChangeRuleException.class);
        as(c.providerManager().username(), () -> changes.reject(rejected, "Hors budget"));
        as(c.clientEditor().username(), () -> changes.withdraw(withdrawn));

        assertThat(detail(c.clientEditor(), rejected).rejectionReason()).isEqualTo("Hors budget");
        assertThat(detail(c.clientEditor(), rejected).status()).isEqualTo(ChangeRequestStatus.REJECTED);
        assertThat(detail(c.clientEditor(), withdrawn).status()).isEqualTo(ChangeRequestStatus.WITHDRAWN);
        assertThat(detail(c.clientEditor(), withdrawn).can())
                .isEqualTo(new Permissions(false, false, false, false, false, false, false));
        assertThat(events.stream(ChangeRequestEvent.Rejected.class)).hasSize(1);
        assertThat(events.stream(ChangeRequestEvent.Withdrawn.class)).hasSize(1);
    }

    // --- helpers ---

    private Terms current(TestContract c) {
        return as(c.clientOwner().username(), () -> contracts.currentTerms(c.id()))
                .terms();
    }

    private Terms changes(TestContract c, UUID id) {
        return detail(c.clientOwner(), id).proposed();
    }

    private ChangeRequestDetail detail(UserRef user, UUID id) {
        return as(user.username(), () -> changes.detail(id));
    }

    private void revise(UserRef user, UUID id, Terms terms, String note) {
        as(user.username(), () -> changes.revise(id, changes.detail(id).version(), terms, note));
    }

    /** The client editor proposes the given terms (revision 2) and submits. */
    private UUID proposeAndSubmit(TestContract c, Terms proposed) {
        UUID id = as(
                c.clientEditor().username(),
                () -> changes.propose(
                        c.id(),
                        new NewChangeRequest(
                                "Demande " + UUID.randomUUID().toString().substring(0, 4),
                                "Raison",
                                ObjectiveKind.TIME_SAVED)));
        revise(c.clientEditor(), id, proposed, "");
        as(
                c.clientEditor().username(),
                () -> changes.submit(id, changes.detail(id).version()));
        return id;
    }

    /** Each side's approval, unless its latest revision already carries it (its approver sent it: decision 0033). */
    private void approveBoth(TestContract c, UUID id, int revision) {
        for (var approver : List.of(c.clientOwner(), c.providerManager())) {
            as(approver.username(), () -> {
                if (changes.detail(id).can().approve()) {
                    changes.approve(id, revision);
                }
            });
        }
    }
}
