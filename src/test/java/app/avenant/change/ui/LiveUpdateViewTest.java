package app.avenant.change.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeFixtures;
import app.avenant.change.ChangeFixtures.TestContract;
import app.avenant.change.ChangeRequestDetail;
import app.avenant.change.ChangeRequestEvent;
import app.avenant.change.CommentView;
import app.avenant.change.live.ChangeFeed;
import app.avenant.change.live.InternalNotePosted;
import app.avenant.change.live.LiveSnapshot;
import app.avenant.change.live.LiveSnapshots;
import app.avenant.change.live.LiveUpdate;
import app.avenant.contract.ContractAccess;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Side;
import app.avenant.contract.terms.Terms;
import app.avenant.identity.UserRef;
import app.avenant.testing.SqlStatementCounter;
import app.avenant.testing.TestAccounts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An open request screen follows what the other side does without reading the database for it
 * (docs/decisions/0029): a comment is appended from what the event carries; a revision or an approval is applied
 * from the one shared read, each screen taking its own whose-turn sentence and actions from it; an internal note
 * reaches its own side's screens only.
 */
class LiveUpdateViewTest extends ChangeUiTest {

    @Autowired
    SqlStatementCounter statements;

    @Autowired
    LiveSnapshots snapshots;

    @Autowired
    ChangeFeed feed;

    @Autowired
    ContractAccess access;

    private ChangeRequestView open(UserRef user, UUID id) {
        login(user.username(), "changes/" + id);
        return _get(ChangeRequestView.class);
    }

    private UUID submitted(TestContract c) {
        UUID id = proposeBaseline(c, c.clientEditor(), 1200);
        submitAs(c.clientEditor(), id);
        return id;
    }

    private void counterPropose(TestContract c, UUID id, long baseline) {
        TestAccounts.as(c.providerEditor().username(), () -> {
            ChangeRequestDetail d = changeRequests.detail(id);
            changeRequests.revise(
                    id,
                    d.version(),
                    ChangeFixtures.withBaseline(d.proposed(), "item-0", baseline),
                    "Contre-proposition " + baseline);
        });
    }

    private ChangeRequestDetail detailAs(UserRef user, UUID id) {
        return TestAccounts.as(user.username(), () -> changeRequests.detail(id));
    }

    @Test
    void a_comment_delivered_to_an_open_screen_is_shown_without_a_single_database_statement() {
        TestContract c = contract();
        UUID id = submitted(c);
        ChangeRequestView view = open(c.providerManager(), id);
        view.commentText.setValue("Je réponds dans la journée");
        // the history read when the person opens it, and live from then on
        _get(TimelineDetails.class).setOpened(true);
        CommentView comment = new CommentView(
                UUID.randomUUID(),
                Side.CLIENT,
                c.clientEditor().displayName(),
                Instant.now(),
                "Pouvez-vous tenir 1 200 unités en avril ?");
        var event = new ChangeRequestEvent.Commented(
                c.id(),
                id,
                detailAs(c.clientEditor(), id).number(),
                c.clientEditor().id(),
                false,
                comment);

        long count = statements.countOnThisThread(() -> view.onUpdate(new LiveUpdate.CommentAdded(event, comment)));

        assertThat(count).isZero();
        // the counter does see this screen's reads: opening the thread again costs statements
        assertThat(statements.count(() -> detailAs(c.providerManager(), id))).isPositive();
        assertThat(text(_get(DiscussionPanel.class))).contains("Pouvez-vous tenir 1 200 unités en avril ?");
        assertThat(text(_get(Section.class, s -> s.withId("cr-timeline"))))
                .contains("Pouvez-vous tenir 1 200 unités en avril ?");
        assertThat(view.commentText.getValue()).isEqualTo("Je réponds dans la journée");
        // delivered twice (the author's own screen listed it already): shown once
        view.onUpdate(new LiveUpdate.CommentAdded(event, comment));
        assertThat(text(_get(DiscussionPanel.class).thread))
                .containsOnlyOnce("Pouvez-vous tenir 1 200 unités en avril ?");
    }

    @Test
    void a_comment_posted_by_the_pme_reaches_the_open_provider_screen_through_the_feed() {
        TestContract c = contract();
        UUID id = submitted(c);
        open(c.providerManager(), id);

        TestAccounts.as(c.clientEditor().username(), () -> changeRequests.comment(id, "Le délai tient-il ?"));

        awaitUi(() -> text(_get(DiscussionPanel.class)).contains("Le délai tient-il ?"));
        assertThat(notifications())
                .contains("Mis à jour par " + c.clientEditor().displayName());
    }

    @Test
    void each_change_by_someone_else_is_told_again_by_the_one_notice_of_the_screen() {
        TestContract c = contract();
        UUID id = submitted(c);
        open(c.providerManager(), id);

        TestAccounts.as(c.clientEditor().username(), () -> changeRequests.comment(id, "Le délai tient-il ?"));
        awaitUi(() -> text(_get(DiscussionPanel.class)).contains("Le délai tient-il ?"));
        TestAccounts.as(c.clientOwner().username(), () -> changeRequests.comment(id, "Et le prix ?"));
        awaitUi(() -> text(_get(DiscussionPanel.class)).contains("Et le prix ?"));

        // one notice, saying who acted last, not one notification per change piling up on the page
        assertThat(notifications())
                .containsExactly("Mis à jour par " + c.clientOwner().displayName());
    }

    @Test
    void a_counter_proposal_is_applied_from_the_shared_read_without_a_database_statement_per_screen() {
        TestContract c = contract();
        UUID id = submitted(c);
        ChangeRequestView view = open(c.clientOwner(), id);
        view.commentText.setValue("Brouillon de réponse");
        _get(TimelineDetails.class).setOpened(true);
        List<ListItem> stepsBefore = _find(_get(TimelinePanel.class), ListItem.class);
        RevisionsPanel revisionsBefore = _get(RevisionsPanel.class);
        counterPropose(c, id, 1100);
        // the feed's own delivery (its shared read) done first: the statement counter sees every thread
        awaitUi(() -> view.detail().orElseThrow().latest().number() == 3);
        // the timeline kept the steps it showed (same components, not rebuilt) and added the new ones after them
        List<ListItem> stepsAfter = _find(_get(TimelinePanel.class), ListItem.class);
        assertThat(stepsAfter.size()).isGreaterThan(stepsBefore.size());
        assertThat(stepsAfter.subList(0, stepsBefore.size())).containsExactlyElementsOf(stepsBefore);
        assertThat(stepsAfter.getLast().getElement().getTextRecursively()).contains("Contre-proposition 1100");
        LiveSnapshot snapshot = snapshots.snapshot(id, c.providerEditor().id()).orElseThrow();
        var event =
                new ChangeRequestEvent.Revised(c.id(), id, 1, c.providerEditor().id(), 3);

        // on this thread only: the audit trail's writer may still be writing an earlier action's entries
        long count = statements.countOnThisThread(() -> view.onUpdate(new LiveUpdate.Changed(event, snapshot)));

        assertThat(count).isZero();
        assertThat(view.nextStep.getText())
                .isEqualTo("À vous : approuver ou contre-proposer la révision 3 de "
                        + c.providerEditor().displayName());
        assertThat(text(_get(Section.class, s -> s.withId("cr-revisions")))).contains("Contre-proposition 1100");
        assertThat(_get(RevisionsPanel.class))
                .as("the revisions panel is extended, not rebuilt")
                .isSameAs(revisionsBefore);
        assertThat(revisionsBefore.to.getValue()).isEqualTo(3);
        assertThat(revisionsBefore.from.getValue()).isEqualTo(2);
        assertThat(view.approve.isVisible()).isTrue();
        assertThat(view.commentText.getValue()).isEqualTo("Brouillon de réponse");
    }

    @Test
    void after_a_live_counter_proposal_each_side_reads_the_same_whose_turn_sentence_as_on_a_fresh_page() {
        TestContract c = contract();
        UUID id = submitted(c);
        approveAs(c.clientOwner(), id);
        for (UserRef reader :
                new UserRef[] {c.clientOwner(), c.clientEditor(), c.providerManager(), c.clientViewer()}) {
            ChangeRequestView view = open(reader, id);
            int before = view.detail().orElseThrow().latest().number();

            counterPropose(c, id, 1000 + before);

            awaitUi(() -> view.detail().orElseThrow().latest().number() == before + 1);
            ChangeRequestDetail fresh = detailAs(reader, id);
            assertThat(view.detail()).contains(fresh);
            assertThat(view.nextStep.getText()).isEqualTo(NextStepText.of(view, fresh.next()));
            assertThat(view.approve.isVisible()).isEqualTo(fresh.can().approve());
            assertThat(view.edit.isVisible()).isEqualTo(fresh.can().edit());
        }
    }

    @Test
    void the_shared_read_gives_each_member_exactly_what_their_own_detail_gives() {
        TestContract c = contract();
        UUID id = submitted(c);
        approveAs(c.clientOwner(), id);

        LiveSnapshot snapshot = snapshots.snapshot(id, c.clientOwner().id()).orElseThrow();

        for (UserRef member : new UserRef[] {
            c.clientOwner(), c.clientEditor(), c.clientViewer(), c.providerManager(), c.providerEditor()
        }) {
            assertThat(snapshot.as(member.id())).contains(detailAs(member, id));
        }
        assertThat(snapshot.as(c.outsider().admin().id())).isEmpty();
    }

    @Test
    void an_approval_turns_the_provider_screen_to_its_turn_live() {
        TestContract c = contract();
        UUID id = submitted(c);
        ChangeRequestView view = open(c.providerManager(), id);
        assertThat(view.approve.isVisible()).isTrue();

        approveAs(c.clientOwner(), id);
        ChangeRequestDetail fresh = detailAs(c.providerManager(), id);

        // the approvers are named before too: wait for the approval itself ("approuvé par …")
        awaitUi(() -> view.detail().orElseThrow().approvals().size() == 1);
        assertThat(view.nextStep.getText()).isEqualTo(NextStepText.of(view, fresh.next()));
        assertThat(notifications()).contains("Mis à jour par " + c.clientOwner().displayName());
    }

    @Test
    void an_internal_note_appears_live_on_its_own_side_and_never_on_the_other_sides_screen() {
        TestContract c = contract();
        UUID id = submitted(c);
        // the provider's screen is open while the PME writes a note, then a comment everybody may read
        open(c.providerManager(), id);
        TestAccounts.as(c.clientEditor().username(), () -> {
            changeRequests.addInternalNote(id, "Ne pas céder sous 1 150");
            changeRequests.comment(id, "Nous étudions votre demande");
        });
        awaitUi(() -> page().contains("Nous étudions votre demande"));
        assertThat(page()).doesNotContain("Ne pas céder sous 1 150");

        // the PME's own screen gets the next note live
        open(c.clientOwner(), id);
        TestAccounts.as(c.clientEditor().username(), () -> changeRequests.addInternalNote(id, "Accord de Paul"));
        awaitUi(() -> text(_get(InternalNotesPanel.class)).contains("Accord de Paul"));
    }

    @Test
    void the_feed_hands_a_note_to_the_screens_of_its_side_only() {
        TestContract c = contract();
        UUID id = submitted(c);
        java.util.List<LiveUpdate> client = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.List<LiveUpdate> provider = new java.util.concurrent.CopyOnWriteArrayList<>();
        var a = feed.watch(c.id(), id, c.clientOwner().id(), Side.CLIENT, client::add);
        var b = feed.watch(c.id(), id, c.providerManager().id(), Side.PROVIDER, provider::add);
        try {
            TestAccounts.as(c.clientEditor().username(), () -> changeRequests.addInternalNote(id, "Entre nous"));
            TestAccounts.as(c.clientEditor().username(), () -> changeRequests.comment(id, "Pour tous"));

            org.awaitility.Awaitility.await().until(() -> provider.size() == 1 && client.size() == 2);
            assertThat(client.getFirst())
                    .isInstanceOfSatisfying(
                            LiveUpdate.NoteAdded.class,
                            n -> assertThat(n.note())
                                    .extracting(InternalNotePosted::side)
                                    .isEqualTo(Side.CLIENT));
            assertThat(provider).singleElement().isInstanceOf(LiveUpdate.CommentAdded.class);
        } finally {
            a.remove();
            b.remove();
        }
    }

    @Test
    void a_member_whose_access_ended_sees_no_further_comment_on_the_page_left_open() {
        TestContract c = contract();
        UUID id = submitted(c);
        open(c.clientEditor(), id);
        TestAccounts.as(
                c.clientOwner().username(),
                () -> access.revokeAccess(c.id(), c.clientEditor().id()));

        TestAccounts.as(
                c.providerManager().username(), () -> changeRequests.comment(id, "Notre prix plancher est 2,05 €"));

        awaitUi(() -> page().contains("Votre accès à ce contrat a pris fin"));
        assertThat(page()).doesNotContain("Notre prix plancher est 2,05 €");
        assertThat(feed.subscriberCount(c.id()))
                .as("the closed page no longer listens")
                .isZero();
    }

    @Test
    void a_page_left_open_closes_as_soon_as_its_person_loses_access_and_shows_no_note_of_their_former_side() {
        TestContract c = contract();
        UUID id = submitted(c);
        open(c.clientEditor(), id);

        TestAccounts.as(c.clientOwner().username(), () -> {
            access.revokeAccess(c.id(), c.clientEditor().id());
            changeRequests.addInternalNote(id, "Paul ne suit plus ce dossier");
        });

        awaitUi(() -> page().contains("Votre accès à ce contrat a pris fin"));
        assertThat(page()).doesNotContain("Paul ne suit plus ce dossier");
        assertThat(feed.subscriberCount(c.id())).isZero();
    }

    @Test
    void a_role_change_updates_what_the_open_page_offers() {
        TestContract c = contract();
        UUID id = submitted(c);
        ChangeRequestView view = open(c.clientEditor(), id);
        assertThat(view.approve.isVisible()).as("an editor does not approve").isFalse();

        TestAccounts.as(
                c.clientOwner().username(),
                () -> access.changeRole(c.id(), c.clientEditor().id(), ContractRole.CLIENT_OWNER));

        awaitUi(() -> view.approve.isVisible());
    }

    @Test
    void a_counter_proposal_that_leaves_the_costs_as_they_were_keeps_the_impact_section_as_it_is() {
        TestContract c = contract();
        UUID id = submitted(c);
        ChangeRequestView view = open(c.clientOwner(), id);
        Section impactBefore = _get(Section.class, s -> s.withId("cr-impact"));
        Section diffBefore = _get(Section.class, s -> s.withId("cr-diff"));
        String diffTextBefore = text(diffBefore);

        TestAccounts.as(c.providerEditor().username(), () -> {
            ChangeRequestDetail d = changeRequests.detail(id);
            Terms longer = ChangeFixtures.withNoticePeriod(
                    d.proposed(), d.proposed().header().noticePeriodMonths() + 1);
            changeRequests.revise(id, d.version(), longer, "Un mois de préavis de plus");
        });

        awaitUi(() -> view.detail().orElseThrow().latest().number() == 3);
        assertThat(_get(Section.class, s -> s.withId("cr-impact")))
                .as("same costs: the impact is not rebuilt")
                .isSameAs(impactBefore);
        // the proposed changes did change: shown in the same block, one string for the browser to redraw
        assertThat(_get(Section.class, s -> s.withId("cr-diff"))).isSameAs(diffBefore);
        assertThat(text(diffBefore)).isNotEqualTo(diffTextBefore).contains("Préavis");
    }

    @Test
    void a_counter_proposal_on_the_same_field_changes_only_what_differs_on_the_open_screen() {
        TestContract c = contract();
        UUID id = submitted(c);
        approveAs(c.clientOwner(), id);
        ChangeRequestView view = open(c.clientOwner(), id);
        Section diffBefore = _get(Section.class, s -> s.withId("cr-diff"));
        RequestHeader headerBefore = _get(RequestHeader.class);
        ApprovalsPanel approvalsBefore = _get(ApprovalsPanel.class);

        counterPropose(c, id, 1100);
        awaitUi(() -> view.detail().orElseThrow().latest().number() == 3);

        assertThat(_get(Section.class, s -> s.withId("cr-diff")))
                .as("the same field changed again: its value is rewritten, the table kept")
                .isSameAs(diffBefore);
        assertThat(digits(text(diffBefore))).contains("1100").doesNotContain("1200");
        assertThat(_get(RequestHeader.class)).isSameAs(headerBefore);
        assertThat(text(headerBefore)).contains("Révision 3").doesNotContain("Révision 2");
        assertThat(_get(ApprovalsPanel.class)).isSameAs(approvalsBefore);
        assertThat(text(approvalsBefore))
                .contains(c.clientOwner().displayName() + " (révision 2")
                .contains("retirée par la révision 3 de " + c.providerEditor().displayName());
        List<Div> withdrawn = _find(approvalsBefore, Div.class, spec -> spec.withClasses("av-cr-approval-withdrawn"));
        assertThat(withdrawn).hasSize(1);

        approveAs(c.clientOwner(), id);
        awaitUi(() -> text(approvalsBefore)
                .contains("Approuvée par " + c.clientOwner().displayName()));
        counterPropose(c, id, 1050);
        awaitUi(() -> view.detail().orElseThrow().latest().number() == 4);

        List<Div> withdrawnAfter =
                _find(approvalsBefore, Div.class, spec -> spec.withClasses("av-cr-approval-withdrawn"));
        assertThat(withdrawnAfter).hasSize(2);
        assertThat(withdrawnAfter.getFirst())
                .as("the line shown before stays as it was")
                .isSameAs(withdrawn.getFirst());
        assertThat(text(withdrawnAfter.getLast())).contains("retirée par la révision 4");
        assertThat(digits(text(diffBefore))).contains("1050").doesNotContain("1100");
        assertThat(text(headerBefore)).contains("Révision 4");
    }

    /** The text without its spaces (amounts are grouped with narrow no-break spaces). */
    private static String digits(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]", "");
    }
}
