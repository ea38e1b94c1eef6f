package app.avenant.change.domain;

import static app.avenant.contract.ContractRole.CLIENT_EDITOR;
import static app.avenant.contract.ContractRole.CLIENT_OWNER;
import static app.avenant.contract.ContractRole.CLIENT_VIEWER;
import static app.avenant.contract.ContractRole.PROVIDER_EDITOR;
import static app.avenant.contract.ContractRole.PROVIDER_MANAGER;
import static app.avenant.contract.ContractRole.PROVIDER_VIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.change.ChangeFixtures;
import app.avenant.change.ChangeRequestStatus;
import app.avenant.change.ChangeRuleException;
import app.avenant.change.StaleChangeRequestException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Side;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsDiff;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The negotiation rules, one by one, on the aggregate alone (no Spring, no database). */
class ChangeRequestTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Terms CURRENT = ChangeFixtures.terms(2);
    private static final Terms PLUS_30 = ChangeFixtures.withBaseline(CURRENT, "item-0", 1300);
    private static final Terms COUNTER = ChangeFixtures.withTitle(PLUS_30, "item-1", "Contre-proposition");
    /** What the requests under test would change in the terms in force: something. */
    private static final TermsDiff CHANGES = TermsDiff.between(CURRENT, PLUS_30);

    private final Actor paul = actor("Paul Durand", CLIENT_EDITOR);
    private final Actor claire = actor("Claire Martin", CLIENT_OWNER);
    private final Actor otherClientOwner = actor("Autre responsable", CLIENT_OWNER);
    private final Actor clientViewer = actor("Lecteur client", CLIENT_VIEWER);
    private final Actor lea = actor("Léa Bernard", PROVIDER_EDITOR);
    private final Actor julien = actor("Julien Moreau", PROVIDER_MANAGER);
    private final Actor providerViewer = actor("Lecteur prestataire", PROVIDER_VIEWER);

    // --- propose ---

    @Test
    void proposing_opens_a_draft_whose_first_revision_copies_the_current_terms() {
        ChangeRequest cr = proposedBy(paul);

        assertThat(cr.status()).isEqualTo(ChangeRequestStatus.DRAFT);
        assertThat(cr.number()).isEqualTo(1);
        assertThat(cr.authorSide()).isEqualTo(Side.CLIENT);
        assertThat(cr.latestRevision()).isEqualTo(1);
        assertThat(cr.latest().proposed()).isEqualTo(CURRENT);
        assertThat(cr.latest().baseVersion()).isEqualTo(3);
        assertThat(cr.latest().side()).isEqualTo(Side.CLIENT);
    }

    @Test
    void editors_and_owners_of_either_side_propose() {
        for (Actor proposer : new Actor[] {paul, claire, lea, julien}) {
            assertThat(proposedBy(proposer).authorSide()).isEqualTo(proposer.side());
        }
    }

    @Test
    void a_viewer_cannot_propose() {
        refused(() -> proposedBy(clientViewer), "change.error.propose.role");
        refused(() -> proposedBy(providerViewer), "change.error.propose.role");
    }

    @Test
    void a_proposal_needs_a_title_and_a_reason() {
        refused(
                () -> ChangeRequest.propose(
                        UUID.randomUUID(), 1, "  ", "Pic de janvier", ObjectiveKind.TIME_SAVED, paul, 3, CURRENT, NOW),
                "change.error.title.required");
        refused(
                () -> ChangeRequest.propose(
                        UUID.randomUUID(), 1, "+30 %", " ", ObjectiveKind.TIME_SAVED, paul, 3, CURRENT, NOW),
                "change.error.reason.required");
        refused(
                () -> ChangeRequest.propose(
                        UUID.randomUUID(), 1, "x".repeat(201), "r", ObjectiveKind.COST, paul, 3, CURRENT, NOW),
                "change.error.title.tooLong");
    }

    // --- revise ---

    @Test
    void while_drafting_the_authors_side_revises() {
        ChangeRequest cr = proposedBy(paul);

        cr.revise(paul, PLUS_30, 3, "volume +30 %", NOW);
        cr.revise(claire, PLUS_30, 3, "relu", NOW);

        assertThat(cr.latestRevision()).isEqualTo(3);
        assertThat(cr.latest().proposed()).isEqualTo(PLUS_30);
        assertThat(cr.latest().note()).isEqualTo("relu");
        assertThat(cr.revisions()).extracting(Revision::number).containsExactly(1, 2, 3);
    }

    @Test
    void the_other_side_cannot_revise_a_draft() {
        ChangeRequest cr = proposedBy(paul);

        refused(() -> cr.revise(lea, COUNTER, 3, "", NOW), "change.error.revise.draft");
    }

    @Test
    void once_submitted_the_other_sides_editor_counter_proposes() {
        ChangeRequest cr = submitted();

        cr.revise(lea, COUNTER, 3, "bande au-delà de 1 000", NOW);

        assertThat(cr.latest().side()).isEqualTo(Side.PROVIDER);
        assertThat(cr.latest().proposed()).isEqualTo(COUNTER);
        assertThat(cr.status()).isEqualTo(ChangeRequestStatus.SUBMITTED);
    }

    @Test
    void a_viewer_cannot_revise() {
        ChangeRequest cr = submitted();

        refused(() -> cr.revise(providerViewer, COUNTER, 3, "", NOW), "change.error.revise.role");
    }

    @Test
    void a_revision_note_is_bounded() {
        ChangeRequest cr = proposedBy(paul);

        refused(() -> cr.revise(paul, PLUS_30, 3, "n".repeat(501), NOW), "change.error.note.tooLong");
    }

    @Test
    void a_new_revision_withdraws_earlier_approvals() {
        ChangeRequest cr = submitted();
        cr.approve(claire, 2, CHANGES, NOW);

        cr.revise(lea, COUNTER, 3, "", NOW);

        assertThat(cr.approvals()).isEmpty();
        assertThat(cr.approvalOf(Side.CLIENT)).isEmpty();
        assertThat(cr.withdrawnApprovals())
                .singleElement()
                .satisfies(a -> assertThat(a.userId()).isEqualTo(claire.userId()))
                .satisfies(a -> assertThat(a.revision()).isEqualTo(2));
        assertThat(cr.approve(julien, 3, CHANGES, NOW)).isFalse();
        assertThat(cr.approve(claire, 3, CHANGES, NOW)).isTrue();
    }

    // --- submit ---

    @Test
    void the_authors_side_submits_its_draft() {
        ChangeRequest cr = proposedBy(paul);

        cr.submit(claire, CHANGES, NOW);

        assertThat(cr.status()).isEqualTo(ChangeRequestStatus.SUBMITTED);
    }

    @Test
    void an_approver_who_submits_approves_for_their_side_so_only_the_other_side_acts_next() {
        ChangeRequest cr = proposedBy(claire);
        cr.revise(claire, PLUS_30, 3, "", NOW);

        cr.submit(claire, CHANGES, NOW);

        assertThat(cr.approvalOf(Side.CLIENT))
                .hasValueSatisfying(a -> assertThat(a.userId()).isEqualTo(claire.userId()));
        assertThat(cr.canApprove(claire)).isFalse();
        assertThat(cr.canApprove(julien)).isTrue();
        // the provider's approval accepts it: two actions, one per side
        assertThat(cr.approve(julien, 2, CHANGES, NOW)).isTrue();
    }

    @Test
    void an_editor_who_submits_leaves_the_approval_to_an_approver_of_their_side() {
        ChangeRequest cr = submitted();

        assertThat(cr.approvals()).isEmpty();
        assertThat(cr.canApprove(claire)).isTrue();
    }

    @Test
    void an_approvers_counter_proposal_carries_their_approval_and_withdraws_the_other_sides() {
        ChangeRequest cr = submitted();
        cr.approve(claire, 2, CHANGES, NOW);

        cr.revise(julien, COUNTER, 3, "Plutôt ceci", NOW);

        assertThat(cr.approvalOf(Side.PROVIDER))
                .hasValueSatisfying(a -> assertThat(a.revision()).isEqualTo(3));
        assertThat(cr.approvalOf(Side.CLIENT)).isEmpty();
        assertThat(cr.withdrawnApprovals())
                .singleElement()
                .satisfies(a -> assertThat(a.side()).isEqualTo(Side.CLIENT));
        assertThat(cr.isApprovedByBothSides()).isFalse();
        // the ball is with the PME: approving accepts the counter-proposal
        assertThat(cr.approve(claire, 3, CHANGES, NOW)).isTrue();
    }

    @Test
    void the_other_side_cannot_submit() {
        ChangeRequest cr = proposedBy(paul);

        refused(() -> cr.submit(julien, CHANGES, NOW), "change.error.submit.side");
        refused(() -> cr.submit(clientViewer, CHANGES, NOW), "change.error.submit.side");
    }

    @Test
    void submitting_twice_is_refused() {
        ChangeRequest cr = submitted();

        refused(() -> cr.submit(paul, CHANGES, NOW), "change.error.submit.status");
    }

    // --- approve ---

    @Test
    void a_draft_cannot_be_approved() {
        ChangeRequest cr = proposedBy(paul);

        refused(() -> cr.approve(claire, 1, CHANGES, NOW), "change.error.approve.status");
    }

    @Test
    void approving_an_old_revision_is_refused() {
        ChangeRequest cr = submitted();
        cr.revise(lea, COUNTER, 3, "", NOW);

        refused(() -> cr.approve(claire, 2, CHANGES, NOW), "change.error.approve.revision");
    }

    @Test
    void an_editor_cannot_approve() {
        ChangeRequest cr = submitted();

        refused(() -> cr.approve(paul, 2, CHANGES, NOW), "change.error.approve.role");
        refused(() -> cr.approve(lea, 2, CHANGES, NOW), "change.error.approve.role");
        refused(() -> cr.approve(providerViewer, 2, CHANGES, NOW), "change.error.approve.role");
    }

    @Test
    void the_authors_side_cannot_approve_for_the_other_side() {
        ChangeRequest cr = submitted();

        assertThat(cr.approve(claire, 2, CHANGES, NOW)).isFalse();

        // whoever approves approves for their own side: approving again does not count for the provider
        refused(() -> cr.approve(claire, 2, CHANGES, NOW), "change.error.approve.twice");
        assertThat(cr.approvalOf(Side.CLIENT)).isPresent();
        assertThat(cr.approvalOf(Side.PROVIDER)).isEmpty();
        assertThat(cr.isApprovedByBothSides()).isFalse();
    }

    @Test
    void the_same_side_cannot_approve_twice() {
        ChangeRequest cr = submitted();
        cr.approve(claire, 2, CHANGES, NOW);

        refused(() -> cr.approve(otherClientOwner, 2, CHANGES, NOW), "change.error.approve.twice");
        assertThat(cr.approvals()).hasSize(1);
    }

    @Test
    void the_second_sides_approval_makes_it_ready_to_accept() {
        ChangeRequest cr = submitted();

        assertThat(cr.approve(julien, 2, CHANGES, NOW)).isFalse();
        assertThat(cr.approve(claire, 2, CHANGES, NOW)).isTrue();

        cr.accept(4, NOW);
        assertThat(cr.status()).isEqualTo(ChangeRequestStatus.ACCEPTED);
        assertThat(cr.producedVersion()).isEqualTo(4);
    }

    @Test
    void accepting_without_both_approvals_is_refused() {
        ChangeRequest cr = submitted();
        cr.approve(claire, 2, CHANGES, NOW);

        refused(() -> cr.accept(4, NOW), "change.error.accept.notApproved");
    }

    // --- reject ---

    @Test
    void reject_without_reason_is_refused() {
        ChangeRequest cr = submitted();

        refused(() -> cr.reject(julien, "   ", NOW), "change.error.reject.reason");
        assertThat(cr.status()).isEqualTo(ChangeRequestStatus.SUBMITTED);
    }

    @Test
    void the_other_sides_approver_rejects_with_a_reason() {
        ChangeRequest cr = submitted();

        cr.reject(julien, " Hors budget ", NOW);

        assertThat(cr.status()).isEqualTo(ChangeRequestStatus.REJECTED);
        assertThat(cr.rejectionReason()).isEqualTo("Hors budget");
    }

    @Test
    void only_an_approver_of_the_other_side_rejects() {
        ChangeRequest cr = submitted();

        refused(() -> cr.reject(claire, "non", NOW), "change.error.reject.role");
        refused(() -> cr.reject(lea, "non", NOW), "change.error.reject.role");
    }

    @Test
    void a_draft_cannot_be_rejected() {
        ChangeRequest cr = proposedBy(paul);

        refused(() -> cr.reject(julien, "non", NOW), "change.error.reject.status");
    }

    // --- withdraw ---

    @Test
    void the_author_withdraws() {
        ChangeRequest cr = submitted();

        cr.withdraw(paul, NOW);

        assertThat(cr.status()).isEqualTo(ChangeRequestStatus.WITHDRAWN);
    }

    @Test
    void an_approver_of_the_authors_side_withdraws_a_draft() {
        ChangeRequest cr = proposedBy(paul);

        cr.withdraw(claire, NOW);

        assertThat(cr.status()).isEqualTo(ChangeRequestStatus.WITHDRAWN);
    }

    @Test
    void nobody_else_withdraws() {
        ChangeRequest cr = submitted();

        refused(() -> cr.withdraw(julien, NOW), "change.error.withdraw.role");
        refused(() -> cr.withdraw(lea, NOW), "change.error.withdraw.role");
        refused(() -> cr.withdraw(clientViewer, NOW), "change.error.withdraw.role");
    }

    // --- closed ---

    @Test
    void nothing_happens_after_accepted_rejected_or_withdrawn() {
        ChangeRequest accepted = submitted();
        accepted.approve(claire, 2, CHANGES, NOW);
        accepted.approve(julien, 2, CHANGES, NOW);
        accepted.accept(4, NOW);
        ChangeRequest rejected = submitted();
        rejected.reject(julien, "non", NOW);
        ChangeRequest withdrawn = submitted();
        withdrawn.withdraw(paul, NOW);

        for (ChangeRequest cr : new ChangeRequest[] {accepted, rejected, withdrawn}) {
            refused(() -> cr.revise(paul, COUNTER, 3, "", NOW), "change.error.closed");
            refused(() -> cr.submit(paul, CHANGES, NOW), "change.error.closed");
            refused(() -> cr.approve(claire, cr.latestRevision(), CHANGES, NOW), "change.error.closed");
            refused(() -> cr.reject(julien, "non", NOW), "change.error.closed");
            refused(() -> cr.withdraw(paul, NOW), "change.error.closed");
            refused(() -> cr.comment(paul, "encore un mot", NOW), "change.error.closed");
            refused(() -> cr.accept(5, NOW), "change.error.closed");
        }
    }

    // --- comment ---

    @Test
    void either_sides_editors_comment() {
        ChangeRequest cr = submitted();

        Comment comment = cr.comment(lea, "  Nous proposons une bande au-delà de 1 000.  ", NOW);

        assertThat(comment.side()).isEqualTo(Side.PROVIDER);
        assertThat(comment.text()).isEqualTo("Nous proposons une bande au-delà de 1 000.");
        assertThat(comment.changeRequestId()).isEqualTo(cr.id());
    }

    @Test
    void a_comment_is_not_blank_and_at_most_4000_characters() {
        ChangeRequest cr = submitted();

        refused(() -> cr.comment(lea, " \n ", NOW), "change.error.comment.required");
        refused(() -> cr.comment(lea, "x".repeat(4001), NOW), "change.error.comment.tooLong");
        assertThat(cr.comment(lea, "x".repeat(4000), NOW).text()).hasSize(4000);
    }

    @Test
    void a_viewer_cannot_comment() {
        ChangeRequest cr = submitted();

        refused(() -> cr.comment(providerViewer, "Bonjour", NOW), "change.error.comment.role");
    }

    // --- stale edits and permissions ---

    @Test
    void an_edit_of_an_older_version_is_stale_and_names_who_changed_it() {
        ChangeRequest cr = submitted();
        cr.revise(lea, COUNTER, 3, "", NOW);

        assertThatThrownBy(() -> cr.requireVersion(cr.version() + 1))
                .isInstanceOfSatisfying(
                        StaleChangeRequestException.class,
                        e -> assertThat(e.modifiedBy()).isEqualTo("Léa Bernard"));
        cr.requireVersion(cr.version());
    }

    @Test
    void permissions_follow_the_rules() {
        ChangeRequest draft = proposedBy(paul);
        assertThat(draft.canRevise(paul)).isTrue();
        assertThat(draft.canRevise(lea)).isFalse();
        assertThat(draft.canSubmit(claire)).isTrue();
        assertThat(draft.canSubmit(julien)).isFalse();
        assertThat(draft.canApprove(claire)).isFalse();

        ChangeRequest cr = submitted();
        assertThat(cr.canRevise(lea)).isTrue();
        assertThat(cr.canApprove(julien)).isTrue();
        assertThat(cr.canApprove(lea)).isFalse();
        assertThat(cr.canReject(julien)).isTrue();
        assertThat(cr.canReject(claire)).isFalse();
        assertThat(cr.canWithdraw(paul)).isTrue();
        assertThat(cr.canWithdraw(julien)).isFalse();
        assertThat(cr.canComment(providerViewer)).isFalse();
        cr.approve(claire, 2, CHANGES, NOW);
        assertThat(cr.canApprove(claire)).isFalse();
        assertThat(cr.canApprove(otherClientOwner)).isFalse();
    }

    // --- helpers ---

    private static Actor actor(String name, ContractRole role) {
        return new Actor(UUID.randomUUID(), name, role);
    }

    private static ChangeRequest proposedBy(Actor author) {
        return ChangeRequest.propose(
                UUID.randomUUID(),
                1,
                "Volume +30 % saisie des factures",
                "Croissance de l’activité",
                ObjectiveKind.TIME_SAVED,
                author,
                3,
                CURRENT,
                NOW);
    }

    /** Proposed by Paul (client editor), revised to +30 % (revision 2), submitted. */
    private ChangeRequest submitted() {
        ChangeRequest cr = proposedBy(paul);
        cr.revise(paul, PLUS_30, 3, "", NOW);
        cr.submit(paul, CHANGES, NOW);
        return cr;
    }

    @Test
    void a_request_that_changes_nothing_in_force_is_neither_submitted_nor_approved_but_the_side_rules_come_first() {
        TermsDiff nothing = TermsDiff.between(CURRENT, CURRENT);
        ChangeRequest draft = ChangeRequest.propose(
                UUID.randomUUID(), 1, "Rien", "Raison", ObjectiveKind.COST, paul, 1, CURRENT, NOW);
        refused(() -> draft.submit(julien, nothing, NOW), "change.error.submit.side");
        refused(() -> draft.submit(paul, nothing, NOW), "change.error.empty");
        assertThat(draft.status()).isEqualTo(ChangeRequestStatus.DRAFT);

        draft.submit(paul, null, NOW); // conflicting with the terms in force: the conflict rule speaks instead
        refused(() -> draft.approve(clientViewer, 1, nothing, NOW), "change.error.approve.role");
        refused(() -> draft.approve(claire, 1, nothing, NOW), "change.error.empty");
        assertThat(draft.approvals()).isEmpty();
    }

    @Test
    void the_wording_is_edited_until_acceptance_by_those_who_may_revise_and_keeps_what_it_replaced() {
        ChangeRequest cr = ChangeRequest.propose(
                UUID.randomUUID(), 9, "Hausse à 2,20 €", "Coûts", ObjectiveKind.COST, paul, 1, CURRENT, NOW);
        refused(() -> cr.reword(lea, "Hausse à 2,12 €", "Coûts", NOW), "change.error.reword.side");
        refused(() -> cr.reword(clientViewer, "Hausse à 2,12 €", "Coûts", NOW), "change.error.reword.role");
        refused(() -> cr.reword(paul, " ", "Coûts", NOW), "change.error.title.required");
        refused(() -> cr.reword(paul, "x".repeat(201), "Coûts", NOW), "change.error.title.tooLong");
        assertThat(cr.reword(paul, " Hausse à 2,20 € ", "Coûts", NOW)).isEmpty();

        WordingEdit edit = cr.reword(paul, "Hausse à 2,12 €", "Coûts", NOW).orElseThrow();
        assertThat(edit.titleBefore()).isEqualTo("Hausse à 2,20 €");
        assertThat(edit.titleAfter()).isEqualTo("Hausse à 2,12 €");
        assertThat(cr.title()).isEqualTo("Hausse à 2,12 €");

        cr.revise(paul, PLUS_30, 1, "", NOW);
        cr.submit(paul, CHANGES, NOW);
        cr.approve(claire, 2, CHANGES, NOW);
        cr.reword(paul, "Hausse à 2,12 € (après discussion)", "Coûts", NOW);
        assertThat(cr.approvals()).hasSize(1);
        // the other side answers the reason, it never rewrites it: the history would credit it to the author
        refused(() -> cr.reword(lea, "Hausse à 2,12 € (contre-proposition)", "Coûts", NOW), "change.error.reword.side");
    }

    private static void refused(ThrowingCallable action, String key) {
        assertThatThrownBy(action).isInstanceOfSatisfying(ChangeRuleException.class, (Consumer<ChangeRuleException>)
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
