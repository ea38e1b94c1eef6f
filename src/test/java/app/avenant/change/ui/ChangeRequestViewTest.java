package app.avenant.change.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeFixtures;
import app.avenant.change.ChangeFixtures.TestContract;
import app.avenant.change.ChangeRequestDetail;
import app.avenant.change.ChangeRequestStatus;
import app.avenant.change.live.ChangeFeed;
import app.avenant.change.live.Presence;
import app.avenant.contract.VersionSummary;
import app.avenant.shared.format.Formats;
import app.avenant.testing.TestAccounts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ChangeRequestViewTest extends ChangeUiTest {

    private static final Locale FR = Locale.FRANCE;

    @Autowired
    Presence presence;

    @Autowired
    ChangeFeed feed;

    private static String units(long n) {
        return Formats.units(n, FR);
    }

    private static String money(String amount) {
        return Formats.money(new BigDecimal(amount), FR);
    }

    private ChangeRequestView open(UUID id) {
        navigate("changes/" + id);
        return _get(ChangeRequestView.class);
    }

    @Test
    void the_screen_shows_the_diff_and_the_impact_of_a_request_raising_the_baseline_from_800_to_1040() {
        TestContract contract = contract();
        adoptBaseline(contract, 800);
        UUID id = proposeBaseline(contract, contract.clientOwner(), 1040);

        login(contract.clientOwner().username(), "changes/" + id);

        ChangeRequestView view = _get(ChangeRequestView.class);
        String diff = text(_get(Section.class, spec -> spec.withId("cr-diff")));
        assertThat(diff).contains("Volume de référence mensuel", units(800), units(1040));
        String impact = text(_get(Section.class, spec -> spec.withId("cr-impact")));
        // bands: every unit at 2,00 €
        assertThat(impact)
                .contains(
                        "Coût mensuel",
                        money("1600"),
                        money("2080"),
                        "+" + money("480"),
                        money("19200"),
                        money("24960"),
                        "Prestation 0");
        assertThat(page())
                .contains("Version de base : v2", "Objectif servi : Continuité", "Brouillon", "Hausse saisonnière");
        assertThat(view.submit.isVisible()).isTrue();
        assertThat(view.approve.isVisible()).isFalse();
        // the words of the trade carry their explanation, for the mouse, the keyboard and a screen reader
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(
                        com.vaadin.flow.component.icon.Icon.class, spec -> spec.withClasses("av-help")))
                .extracting(icon -> icon.getElement().getAttribute("aria-label"))
                .anySatisfy(label -> assertThat(label).startsWith("La version du contrat sur laquelle"))
                .hasSize(3);
    }

    @Test
    void a_full_negotiation_across_both_sides_ends_in_a_new_contract_version() {
        TestContract contract = contract();
        UUID id = proposeBaseline(contract, contract.clientOwner(), 1200);
        submitAs(contract.clientOwner(), id);
        // the provider counter-proposes 1 100
        TestAccounts.as(contract.providerEditor().username(), () -> {
            ChangeRequestDetail d = changeRequests.detail(id);
            changeRequests.revise(
                    id, d.version(), ChangeFixtures.withBaseline(d.proposed(), "item-0", 1100), "1 100 au plus");
        });

        login(contract.providerManager().username(), "changes/" + id);
        ChangeRequestView view = _get(ChangeRequestView.class);
        assertThat(page()).contains("Soumise", "1 100 au plus", "En attente");
        assertThat(view.approve.isVisible()).isTrue();
        // the bar holds the actions offered, in their order, and nothing hidden (decision 0055)
        Div bar = _get(Div.class, spec -> spec.withClasses("av-cr-actions"));
        assertThat(bar.getChildren().map(button -> ((Button) button).getText()))
                .containsSubsequence("Approuver", "Rejeter")
                .allSatisfy(label -> assertThat(label).isNotBlank());
        assertThat(bar.getChildren())
                .allSatisfy(button -> assertThat(button.isVisible()).isTrue());

        approveAs(contract.clientOwner(), id);
        _click(view.approve.button());
        ConfirmationDialog confirm = _get(ConfirmationDialog.class);
        assertThat(text(confirm)).contains("révision 3");
        _click(confirm.confirm);

        assertThat(page())
                .contains("Acceptée : c’est désormais la version v2 du contrat.", "Acceptée : version v2 du contrat");
        assertThat(view.approve.isVisible()).isFalse();
        assertThat(bar.getChildren()).as("an accepted request offers no action").isEmpty();
        assertThat(contracts.versions(contract.id(), 0, 10))
                .extracting(VersionSummary::number)
                .contains(2);
        assertThat(ChangeFixtures.item(contracts.termsOfVersion(contract.id(), 2), "item-0")
                        .volume()
                        .baselineMonthlyUnits())
                .isEqualTo(1100);
    }

    @Test
    void a_draft_that_changes_nothing_says_so_and_offers_no_submit() {
        TestContract contract = contract();
        UUID id = TestAccounts.as(
                contract.clientOwner().username(),
                () -> changeRequests.propose(
                        contract.id(),
                        new app.avenant.change.NewChangeRequest(
                                "Rien encore", "À préciser", app.avenant.contract.terms.ObjectiveKind.COST)));

        login(contract.clientOwner().username(), "changes/" + id);

        ChangeRequestView view = _get(ChangeRequestView.class);
        assertThat(page()).contains("ne modifie encore rien dans la version en vigueur", "Modifier la proposition");
        assertThat(view.submit.isVisible()).isFalse();
    }

    @Test
    void the_title_is_edited_in_a_dialog_that_counts_and_refuses_too_long_text_and_the_old_one_stays_in_the_history() {
        TestContract contract = contract();
        UUID id = proposeBaseline(contract, contract.clientOwner(), 1200);
        login(contract.clientOwner().username(), "changes/" + id);
        ChangeRequestView view = _get(ChangeRequestView.class);

        _click(view.reword.button());
        RewordDialog dialog = _get(RewordDialog.class);
        assertThat(dialog.title.getHelperText()).isEqualTo("14 / 200");
        dialog.title.setValue("x".repeat(201));
        _click(dialog.save);
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).contains("201", "200");
        assertThat(changeRequests.detail(id).title()).isEqualTo("Volume de 1200");

        dialog.title.setValue("Volume porté à 1 200");
        _click(dialog.save);

        assertThat(changeRequests.detail(id).title()).isEqualTo("Volume porté à 1 200");
        assertThat(page()).contains("Volume porté à 1 200", "Titre ou raison modifiés (1)");
        com.vaadin.flow.component.details.Details history = _get(WordingHistory.class);
        history.setOpened(true);
        assertThat(text(history)).contains("Volume de 1200", "Volume porté à 1 200", "(PME)");
    }

    @Test
    void an_internal_note_is_marked_as_such_and_the_other_side_never_sees_it() {
        TestContract contract = contract();
        UUID id = proposeBaseline(contract, contract.clientOwner(), 1200);
        submitAs(contract.clientOwner(), id);
        login(contract.clientOwner().username(), "changes/" + id);
        ChangeRequestView view = _get(ChangeRequestView.class);

        assertThat(page()).contains("Notes internes (PME)", "Visibles uniquement par votre côté (PME)");
        view.noteText.setValue("Plafond budgétaire : 1 250 par mois.");
        _click(_get(InternalNotesPanel.class).publish);
        assertThat(text(_get(InternalNotesPanel.class))).contains("Plafond budgétaire : 1 250 par mois.");
        assertThat(text(_get(DiscussionPanel.class))).doesNotContain("Plafond budgétaire");

        login(contract.providerManager().username(), "changes/" + id);
        assertThat(page())
                .contains("Notes internes (Prestataire)", "Aucune note interne pour l’instant.")
                .doesNotContain("Plafond budgétaire");
    }

    @Test
    void rejecting_requires_a_reason() {
        TestContract contract = contract();
        UUID id = proposeBaseline(contract, contract.clientOwner(), 1200);
        submitAs(contract.clientOwner(), id);
        login(contract.providerManager().username(), "changes/" + id);
        ChangeRequestView view = _get(ChangeRequestView.class);

        _click(view.reject.button());
        RejectDialog dialog = _get(RejectDialog.class);
        _click(dialog.confirm);

        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Le motif du rejet est obligatoire.");
        assertThat(changeRequests.detail(id).status()).isEqualTo(ChangeRequestStatus.SUBMITTED);

        dialog.reason.setValue("Volume non tenable avec l’équipe actuelle");
        _click(dialog.confirm);

        assertThat(changeRequests.detail(id).status()).isEqualTo(ChangeRequestStatus.REJECTED);
        assertThat(page()).contains("Rejetée. Motif : Volume non tenable avec l’équipe actuelle");
    }

    @Test
    void submitting_a_request_someone_revised_meanwhile_says_who_instead_of_overwriting() {
        TestContract contract = contract();
        UUID id = proposeBaseline(contract, contract.clientOwner(), 1200);
        login(contract.clientOwner().username(), "changes/" + id);
        ChangeRequestView view = _get(ChangeRequestView.class);

        TestAccounts.as(contract.clientEditor().username(), () -> {
            ChangeRequestDetail d = changeRequests.detail(id);
            changeRequests.revise(id, d.version(), ChangeFixtures.withBaseline(d.proposed(), "item-0", 1250), "");
        });
        _click(view.submit.button());

        String expected = "Modifiée entre-temps par " + contract.clientEditor().displayName();
        assertThat(notifications()).anyMatch(n -> n.startsWith(expected));
        assertThat(view.staleBanner.isVisible()).isTrue();
        assertThat(text(view.staleBanner)).contains(expected, "Recharger");
        assertThat(changeRequests.detail(id).status()).isEqualTo(ChangeRequestStatus.DRAFT);

        _click(_get(view.staleBanner, com.vaadin.flow.component.button.Button.class));
        assertThat(view.staleBanner.isVisible()).isFalse();
        assertThat(view.detail().orElseThrow().latest().number()).isEqualTo(3);
        _click(view.submit.button());
        assertThat(changeRequests.detail(id).status()).isEqualTo(ChangeRequestStatus.SUBMITTED);
    }

    @Test
    void a_request_whose_fields_were_changed_by_an_accepted_one_shows_the_conflicts() {
        TestContract contract = contract();
        UUID accepted = proposeBaseline(contract, contract.clientOwner(), 1200);
        UUID blocked = proposeBaseline(contract, contract.clientOwner(), 900);
        submitAs(contract.clientOwner(), accepted);
        submitAs(contract.clientOwner(), blocked);
        // the owner's submission approved it for the PME: the provider's approval accepts it
        approveAs(contract.providerManager(), accepted);

        login(contract.clientOwner().username(), "changes/" + blocked);

        assertThat(page())
                .contains(
                        "La version de base v1 n’est plus la version en vigueur (v2).",
                        "Acceptation bloquée : une nouvelle révision doit résoudre ces conflits.",
                        "Volume de référence mensuel",
                        units(1000),
                        units(900),
                        units(1200));
        // the proposed changes read against the request's own base; the hint says the impact reads against v2
        assertThat(text(_get(Section.class, s -> s.withId("cr-diff"))))
                .contains("Par rapport à la version v1, sur laquelle la demande a été rédigée. "
                        + "La version en vigueur est désormais v2 : l’impact ci-dessus compare avec elle.");
    }

    @Test
    void a_comment_of_the_pme_reaches_the_open_provider_screen_without_losing_what_is_being_typed() {
        TestContract contract = contract();
        UUID id = proposeBaseline(contract, contract.clientOwner(), 1200);
        submitAs(contract.clientOwner(), id);
        login(contract.providerManager().username(), "changes/" + id);
        ChangeRequestView view = _get(ChangeRequestView.class);
        view.commentText.setValue("Je regarde avec l’équipe");
        assertThat(feed.subscriberCount(contract.id())).isEqualTo(1);

        TestAccounts.as(
                contract.clientOwner().username(),
                () -> changeRequests.comment(id, "Pouvez-vous confirmer le délai ?"));

        awaitUi(() -> page().contains("Pouvez-vous confirmer le délai ?"));
        assertThat(notifications())
                .contains("Mis à jour par " + contract.clientOwner().displayName());
        assertThat(view.commentText.getValue()).isEqualTo("Je regarde avec l’équipe");
        assertThat(view.commentText.isAttached()).isTrue();
    }

    @Test
    void a_comment_posted_on_the_screen_is_listed() {
        TestContract contract = contract();
        UUID id = proposeBaseline(contract, contract.clientOwner(), 1200);
        login(contract.clientEditor().username(), "changes/" + id);
        ChangeRequestView view = _get(ChangeRequestView.class);

        view.commentText.setValue("Chiffres de mars en pièce jointe");
        _click(_get(DiscussionPanel.class).publish);

        assertThat(changeRequests.comments(id, 0, 10)).hasSize(1);
        assertThat(text(_get(DiscussionPanel.class))).contains("Chiffres de mars en pièce jointe");
        assertThat(view.commentText.getValue()).isEmpty();
    }

    @Test
    void a_long_discussion_opens_on_its_latest_messages_and_reads_earlier_ones_a_page_at_a_time() {
        TestContract contract = contract();
        UUID id = proposeBaseline(contract, contract.clientOwner(), 1200);
        for (int i = 1; i <= 45; i++) {
            String text = "Message " + i;
            TestAccounts.as(contract.clientEditor().username(), () -> changeRequests.comment(id, text));
        }
        login(contract.providerManager().username(), "changes/" + id);
        DiscussionPanel discussion = _get(DiscussionPanel.class);
        assertThat(messages(discussion)).hasSize(ThreadPanel.PAGE);
        assertThat(discussion.older.isVisible()).isTrue();

        // one arrives while the page is open: the earlier pages neither skip a message nor repeat one
        TestAccounts.as(contract.clientOwner().username(), () -> changeRequests.comment(id, "Message 46"));
        awaitUi(() -> messages(discussion).size() == ThreadPanel.PAGE + 1);
        _click(discussion.older.button());
        assertThat(messages(discussion)).hasSize(2 * ThreadPanel.PAGE + 1);
        assertThat(discussion.older.isVisible()).isTrue();
        _click(discussion.older.button());

        assertThat(messages(discussion))
                .hasSize(46)
                .doesNotHaveDuplicates()
                .containsAll(java.util.stream.IntStream.rangeClosed(1, 46)
                        .mapToObj(i -> "Message " + i)
                        .toList());
        assertThat(discussion.older.isVisible()).isFalse();
    }

    private static java.util.List<String> messages(DiscussionPanel discussion) {
        // each message is one block of HTML (docs/decisions/0038): its text ends with the message
        return discussion
                .thread
                .getChildren()
                .map(ChangeUiTest::text)
                .map(text -> text.substring(text.indexOf("Message ")))
                .toList();
    }

    @Test
    void a_long_comment_is_counted_and_refused_whole_rather_than_cut() {
        TestContract contract = contract();
        UUID id = proposeBaseline(contract, contract.clientOwner(), 1200);
        login(contract.clientEditor().username(), "changes/" + id);
        ChangeRequestView view = _get(ChangeRequestView.class);
        String pasted = "Détail ".repeat(600).strip();

        view.commentText.setValue(pasted);
        assertThat(view.commentText.getHelperText()).isEqualTo(pasted.length() + " / 4000");
        assertThat(view.commentText.isInvalid()).isTrue();
        _click(_get(DiscussionPanel.class).publish);

        assertThat(changeRequests.comments(id, 0, 10)).isEmpty();
        assertThat(view.commentText.getValue()).isEqualTo(pasted);
        assertThat(view.commentText.getErrorMessage()).contains("4");
    }

    @Test
    void the_screen_says_who_else_is_on_it_and_leaves_when_closed() {
        TestContract contract = contract();
        UUID id = proposeBaseline(contract, contract.clientOwner(), 1200);
        Registration julien = presence.enter(id, "Julien Moreau", () -> {});
        login(contract.clientOwner().username(), "changes/" + id);
        ChangeRequestView view = _get(ChangeRequestView.class);

        assertThat(text(view.presenceLine)).isEqualTo("Également sur cette page : Julien Moreau");
        assertThat(presence.viewers(id)).contains(contract.clientOwner().displayName());

        julien.remove();
        awaitUi(() -> !view.presenceLine.isVisible());

        navigate("contracts/" + contract.id() + "/changes");
        assertThat(presence.viewers(id)).isEmpty();
        assertThat(feed.subscriberCount(contract.id())).isEqualTo(1); // the list's subscription only
    }

    @Test
    void the_presence_line_never_names_the_viewer_even_from_another_tab() {
        TestContract contract = contract();
        UUID id = proposeBaseline(contract, contract.clientOwner(), 1200);
        Registration otherTab = presence.enter(id, contract.clientOwner().displayName(), () -> {});
        login(contract.clientOwner().username(), "changes/" + id);
        ChangeRequestView view = _get(ChangeRequestView.class);

        assertThat(view.presenceLine.isVisible()).isFalse();
        assertThat(text(view.presenceLine))
                .doesNotContain(contract.clientOwner().displayName());
        otherTab.remove();
    }

    @Test
    void a_non_member_gets_contract_not_found() {
        TestContract contract = contract();
        UUID id = proposeBaseline(contract, contract.clientOwner(), 1200);

        login(contract.outsider().admin().username(), "changes/" + id);

        assertThat(page()).contains("Contrat introuvable").doesNotContain("Volume de 1200");
        assertThat(presence.viewers(id)).isEmpty();
        assertThat(feed.subscriberCount(contract.id())).isZero();
    }

    @Test
    void an_unknown_id_gets_contract_not_found() {
        login("claire.martin", "changes/" + UUID.randomUUID());

        assertThat(page()).contains("Contrat introuvable");
    }
}
