package app.avenant.change;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.NextStep.Facts;
import app.avenant.change.NextStep.Kind;
import app.avenant.contract.Side;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Whose turn it is, for every state of a request, as each kind of member reads it. */
class NextStepTest {

    private static final SideApprovers PME =
            new SideApprovers(Side.CLIENT, "Boulangerie Martin SARL", List.of("Claire Martin"));
    private static final SideApprovers PROVIDER =
            new SideApprovers(Side.PROVIDER, "Compta Services Lyon SAS", List.of("Anne Roy", "Julien Moreau"));

    /** A request of the PME (Paul Durand), revision {@code rev} by {@code latestSide}, read by a member of {@code me}. */
    private static Facts facts(
            ChangeRequestStatus status,
            int rev,
            Side latestSide,
            Set<Side> approved,
            Side me,
            boolean edit,
            boolean approve) {
        return facts(status, false, false, rev, latestSide, approved, null, me, edit, approve);
    }

    /** Read by a PME member who did not open the request (Claire Martin, on Paul Durand's). */
    private static Facts factsForColleague(ChangeRequestStatus status, boolean conflicts, boolean edit) {
        return facts(status, false, conflicts, 1, Side.CLIENT, Set.of(), null, Side.CLIENT, edit, false, false);
    }

    private static Facts facts(
            ChangeRequestStatus status,
            boolean empty,
            boolean conflicts,
            int rev,
            Side latestSide,
            Set<Side> approved,
            @Nullable Integer version,
            Side me,
            boolean edit,
            boolean approve) {
        // the PME member reading is Paul Durand, who opened it
        return facts(
                status, empty, conflicts, rev, latestSide, approved, version, me, edit, approve, me == Side.CLIENT);
    }

    private static Facts facts(
            ChangeRequestStatus status,
            boolean empty,
            boolean conflicts,
            int rev,
            Side latestSide,
            Set<Side> approved,
            @Nullable Integer version,
            Side me,
            boolean edit,
            boolean approve,
            boolean opened) {
        return new Facts(
                status,
                empty,
                conflicts,
                Side.CLIENT,
                "Paul Durand",
                "Julien Moreau",
                rev,
                latestSide,
                latestSide == Side.CLIENT ? "Paul Durand" : "Léa Bernard",
                approved,
                Map.of(Side.CLIENT, PME, Side.PROVIDER, PROVIDER),
                version,
                me,
                edit,
                approve,
                opened);
    }

    @Test
    void the_author_side_editor_completes_and_submits_its_own_draft() {
        NextStep step =
                NextStep.of(facts(ChangeRequestStatus.DRAFT, 1, Side.CLIENT, Set.of(), Side.CLIENT, true, false));

        assertThat(step.kind()).isEqualTo(Kind.DRAFT_MINE);
        assertThat(step.kind().isMine()).isTrue();
    }

    @Test
    void a_colleague_of_the_author_reads_whose_draft_it_is_and_that_she_may_finish_it() {
        NextStep step = NextStep.of(factsForColleague(ChangeRequestStatus.DRAFT, false, true));

        // not "À vous : compléter puis soumettre votre brouillon": it is Paul's
        assertThat(step.kind()).isEqualTo(Kind.DRAFT_MY_SIDE);
        assertThat(step.person()).isEqualTo("Paul Durand");
        assertThat(step.kind().isMine()).isFalse();
    }

    @Test
    void conflicts_name_who_can_settle_them() {
        NextStep editor = NextStep.of(factsForColleague(ChangeRequestStatus.SUBMITTED, true, true));
        NextStep viewer = NextStep.of(factsForColleague(ChangeRequestStatus.SUBMITTED, true, false));

        assertThat(editor.kind()).isEqualTo(Kind.RESOLVE_CONFLICTS);
        assertThat(editor.kind().isMine()).isTrue();
        assertThat(viewer.kind()).isEqualTo(Kind.CONFLICTS);
        // a revision of any editor settles them: the approvers of both sides are named, the reader's first
        assertThat(viewer.awaited()).containsExactly(PME, PROVIDER);
    }

    @Test
    void the_other_side_and_viewers_read_whose_draft_it_is() {
        NextStep provider =
                NextStep.of(facts(ChangeRequestStatus.DRAFT, 1, Side.CLIENT, Set.of(), Side.PROVIDER, true, true));
        NextStep viewer =
                NextStep.of(facts(ChangeRequestStatus.DRAFT, 1, Side.CLIENT, Set.of(), Side.CLIENT, false, false));

        assertThat(provider.kind()).isEqualTo(Kind.DRAFT_OTHER_SIDE);
        assertThat(provider.person()).isEqualTo("Paul Durand");
        assertThat(provider.side()).isEqualTo(Side.CLIENT);
        assertThat(viewer.kind()).isEqualTo(Kind.DRAFT_OTHER_SIDE);
    }

    @Test
    void an_approver_whose_side_has_not_approved_is_the_one_to_act() {
        NextStep step =
                NextStep.of(facts(ChangeRequestStatus.SUBMITTED, 3, Side.CLIENT, Set.of(), Side.PROVIDER, true, true));

        assertThat(step.kind()).isEqualTo(Kind.YOUR_TURN_TO_APPROVE);
        assertThat(step.person()).isEqualTo("Paul Durand");
        assertThat(step.revision()).isEqualTo(3);
    }

    @Test
    void once_my_side_approved_the_other_sides_approvers_are_named() {
        NextStep step = NextStep.of(
                facts(ChangeRequestStatus.SUBMITTED, 1, Side.CLIENT, Set.of(Side.CLIENT), Side.CLIENT, true, true));

        assertThat(step.kind()).isEqualTo(Kind.AWAITING_APPROVAL);
        assertThat(step.awaited()).containsExactly(PROVIDER);
        assertThat(step.kind().isMine()).isFalse();
    }

    @Test
    void an_editor_waits_for_every_side_that_has_not_approved_the_side_with_the_ball_first() {
        NextStep step =
                NextStep.of(facts(ChangeRequestStatus.SUBMITTED, 1, Side.CLIENT, Set.of(), Side.CLIENT, true, false));

        assertThat(step.kind()).isEqualTo(Kind.AWAITING_APPROVAL);
        assertThat(step.awaited()).containsExactly(PROVIDER, PME);
    }

    @Test
    void an_editor_of_the_author_side_answers_the_other_sides_counter_proposal() {
        NextStep step =
                NextStep.of(facts(ChangeRequestStatus.SUBMITTED, 2, Side.PROVIDER, Set.of(), Side.CLIENT, true, false));

        assertThat(step.kind()).isEqualTo(Kind.ANSWER_COUNTER);
        assertThat(step.person()).isEqualTo("Léa Bernard");
        assertThat(step.kind().isMine()).isTrue();
    }

    @Test
    void both_approvals_make_it_ready() {
        NextStep step = NextStep.of(facts(
                ChangeRequestStatus.SUBMITTED,
                2,
                Side.PROVIDER,
                Set.of(Side.CLIENT, Side.PROVIDER),
                Side.CLIENT,
                true,
                true));

        assertThat(step.kind()).isEqualTo(Kind.READY);
    }

    @Test
    void conflicts_then_emptiness_block_before_anyones_turn() {
        NextStep conflicts = NextStep.of(facts(
                ChangeRequestStatus.SUBMITTED, true, true, 2, Side.CLIENT, Set.of(), null, Side.PROVIDER, true, true));
        NextStep empty = NextStep.of(facts(
                ChangeRequestStatus.SUBMITTED, true, false, 2, Side.CLIENT, Set.of(), null, Side.PROVIDER, true, true));

        assertThat(conflicts.kind()).isEqualTo(Kind.RESOLVE_CONFLICTS);
        assertThat(empty.kind()).isEqualTo(Kind.EMPTY);
    }

    @Test
    void closed_requests_say_how_they_ended_and_by_whom() {
        NextStep accepted = NextStep.of(facts(
                ChangeRequestStatus.ACCEPTED,
                false,
                false,
                2,
                Side.CLIENT,
                Set.of(Side.CLIENT, Side.PROVIDER),
                4,
                Side.CLIENT,
                true,
                true));
        NextStep rejected =
                NextStep.of(facts(ChangeRequestStatus.REJECTED, 1, Side.CLIENT, Set.of(), Side.CLIENT, true, true));
        NextStep withdrawn =
                NextStep.of(facts(ChangeRequestStatus.WITHDRAWN, 1, Side.CLIENT, Set.of(), Side.PROVIDER, true, true));

        assertThat(accepted.kind()).isEqualTo(Kind.ACCEPTED);
        assertThat(accepted.version()).isEqualTo(4);
        assertThat(rejected.kind()).isEqualTo(Kind.REJECTED);
        assertThat(rejected.person()).isEqualTo("Julien Moreau");
        assertThat(withdrawn.kind()).isEqualTo(Kind.WITHDRAWN);
    }
}
