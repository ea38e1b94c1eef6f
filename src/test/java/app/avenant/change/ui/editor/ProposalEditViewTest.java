package app.avenant.change.ui.editor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.change.ChangeFixtures;
import app.avenant.change.ChangeFixtures.TestContract;
import app.avenant.change.ChangeRequestDetail;
import app.avenant.change.ChangeRequests;
import app.avenant.change.ChangeRuleException;
import app.avenant.change.NewChangeRequest;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Modifier la proposition" on a fresh contract: save a revision, stale edits, roles that cannot edit. */
class ProposalEditViewTest extends UiTest {

    @Autowired
    ChangeFixtures fixtures;

    @Autowired
    ChangeRequests changeRequests;

    private TestContract contract;
    private UUID requestId;

    @BeforeEach
    void draftByTheClientEditor() {
        contract = fixtures.contract(1);
        requestId = TestAccounts.as(
                contract.clientEditor().username(),
                () -> changeRequests.propose(
                        contract.id(),
                        new NewChangeRequest("Hausse des volumes", "Activité en hausse", ObjectiveKind.CONTINUITY)));
    }

    private ProposalEditView openAs(String username) {
        login(username, "changes/" + requestId + "/edit");
        return _get(ProposalEditView.class);
    }

    private ChangeRequestDetail detailAs(String username) {
        return TestAccounts.as(username, () -> changeRequests.detail(requestId));
    }

    private static String text(ProposalEditView view) {
        return view.getElement().getTextRecursively();
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private static ConfirmDialog dialog(String header) {
        return _find(ConfirmDialog.class).stream()
                .filter(d -> header.equals(ConfirmDialogKt.getHeader(d)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no dialog « " + header + " »"));
    }

    @Test
    void the_author_saves_a_new_baseline_as_a_new_revision() {
        ProposalEditView view = openAs(contract.clientEditor().username());
        _setValue(view.editor.scope.items.getFirst().volume.baseline, "1 300");
        _setValue(view.note, "Volume de la saison haute");

        _click(view.save);

        assertThat(path()).isEqualTo("changes/" + requestId);
        ChangeRequestDetail detail = detailAs(contract.clientEditor().username());
        assertThat(detail.revisions()).hasSize(2);
        assertThat(detail.latest().note()).isEqualTo("Volume de la saison haute");
        assertThat(ChangeFixtures.item(detail.proposed(), "item-0").volume().baselineMonthlyUnits())
                .isEqualTo(1300);
        assertThat(detail.proposed()).isEqualTo(ChangeFixtures.withBaseline(detail.base(), "item-0", 1300));
    }

    @Test
    void invalid_terms_are_not_saved_and_the_fields_say_why() {
        ProposalEditView view = openAs(contract.clientEditor().username());
        _setValue(view.editor.scope.items.getFirst().volume.baseline, "mille");

        _click(view.save);

        assertThat(path()).isEqualTo("changes/" + requestId + "/edit");
        assertThat(view.editor.scope.items.getFirst().volume.baseline.isInvalid())
                .isTrue();
        assertThat(detailAs(contract.clientEditor().username()).revisions()).hasSize(1);
    }

    @Test
    void a_value_multiplied_by_more_than_three_is_saved_only_once_confirmed() {
        ProposalEditView view = openAs(contract.clientEditor().username());
        _setValue(view.editor.scope.items.getFirst().volume.baseline, "5 000");

        _click(view.save);

        ConfirmDialog warning = dialog("Des valeurs changent beaucoup");
        String text = warning.getElement().getTextRecursively() + ConfirmDialogKt.getText(warning);
        assertThat(text.replaceAll("[\\s\\u00A0\\u202F]", " ")).contains("1 000 → 5 000");
        assertThat(detailAs(contract.clientEditor().username()).revisions()).hasSize(1);

        // "Corriger": nothing saved, the editor stays
        ConfirmDialogKt._fireCancel(warning);
        assertThat(path()).endsWith("/edit");
        assertThat(detailAs(contract.clientEditor().username()).revisions()).hasSize(1);

        _click(view.save);
        ConfirmDialogKt._fireConfirm(dialog("Des valeurs changent beaucoup"));

        assertThat(path()).isEqualTo("changes/" + requestId);
        ChangeRequestDetail detail = detailAs(contract.clientEditor().username());
        assertThat(detail.revisions()).hasSize(2);
        assertThat(ChangeFixtures.item(detail.proposed(), "item-0").volume().baselineMonthlyUnits())
                .isEqualTo(5000);
    }

    @Test
    void a_band_price_divided_by_more_than_three_is_listed_in_euros() {
        ProposalEditView view = openAs(contract.clientEditor().username());
        _setValue(view.editor.scope.items.getFirst().volume.bands.getFirst().price, "0,50");

        _click(view.save);

        ConfirmDialog warning = dialog("Des valeurs changent beaucoup");
        String text = (warning.getElement().getTextRecursively() + ConfirmDialogKt.getText(warning))
                .replaceAll("[\\s\\u00A0\\u202F]", " ");
        assertThat(text).contains("tranche 1").contains("2,00 € → 0,50 €");
        assertThat(detailAs(contract.clientEditor().username()).revisions()).hasSize(1);
    }

    @Test
    void a_note_over_its_limit_is_counted_refused_with_the_other_errors_and_never_cut() {
        ProposalEditView view = openAs(contract.clientEditor().username());
        String note = "x".repeat(ProposalEditView.MAX_NOTE + 1);
        _setValue(view.note, note);
        _setValue(view.editor.scope.items.getFirst().volume.baseline, "mille");

        assertThat(view.note.getHelperText())
                .endsWith((ProposalEditView.MAX_NOTE + 1) + " / " + ProposalEditView.MAX_NOTE);
        _click(view.save);

        assertThat(path()).endsWith("/edit");
        assertThat(view.note.isInvalid()).isTrue();
        assertThat(view.note.getValue()).isEqualTo(note);
        assertThat(view.editor.scope.items.getFirst().volume.baseline.isInvalid())
                .as("same round")
                .isTrue();
        assertThat(_find(view, Button.class, spec -> spec.withClasses("av-summary-link")))
                .hasSize(2);
        assertThat(detailAs(contract.clientEditor().username()).revisions()).hasSize(1);
    }

    @Test
    void the_service_refuses_an_over_long_note_rather_than_cutting_it() {
        ChangeRequestDetail detail = detailAs(contract.clientEditor().username());
        assertThatThrownBy(() -> TestAccounts.as(
                        contract.clientEditor().username(),
                        () -> changeRequests.revise(
                                requestId,
                                detail.version(),
                                ChangeFixtures.withBaseline(detail.proposed(), "item-0", 1100),
                                "x".repeat(ProposalEditView.MAX_NOTE + 1))))
                .isInstanceOf(ChangeRuleException.class);
        assertThat(detailAs(contract.clientEditor().username()).revisions()).hasSize(1);
    }

    @Test
    void a_revision_saved_by_someone_else_is_announced_while_one_edits_and_the_edits_stay() {
        ProposalEditView view = openAs(contract.clientEditor().username());
        _setValue(view.editor.scope.items.getFirst().volume.baseline, "1 300");

        TestAccounts.as(contract.clientOwner().username(), () -> {
            ChangeRequestDetail detail = changeRequests.detail(requestId);
            changeRequests.revise(
                    requestId,
                    detail.version(),
                    ChangeFixtures.withBaseline(detail.proposed(), "item-0", 1100),
                    "Plutôt 1 100");
        });

        awaitUi("the editor to hear of it", view.savedMeanwhile::isVisible);
        assertThat(view.savedMeanwhile.getText())
                .startsWith(contract.clientOwner().displayName() + " vient d’enregistrer la révision 2")
                .contains("Vos modifications ne sont pas perdues");
        assertThat(view.editor.scope.items.getFirst().volume.baseline.getValue())
                .isEqualTo("1 300");
    }

    @Test
    void a_revision_made_meanwhile_is_never_overwritten_and_its_author_is_named() {
        ProposalEditView view = openAs(contract.clientEditor().username());
        TestAccounts.as(contract.clientOwner().username(), () -> {
            ChangeRequestDetail detail = changeRequests.detail(requestId);
            changeRequests.revise(
                    requestId,
                    detail.version(),
                    ChangeFixtures.withBaseline(detail.proposed(), "item-0", 1100),
                    "Plutôt 1 100");
        });
        _setValue(view.editor.scope.items.getFirst().volume.baseline, "1 300");

        _click(view.save);

        ConfirmDialog stale = dialog("Demande modifiée entre-temps");
        assertThat(ConfirmDialogKt.getText(stale))
                .contains("Modifiée entre-temps par " + contract.clientOwner().displayName());
        ChangeRequestDetail detail = detailAs(contract.clientEditor().username());
        assertThat(detail.revisions()).hasSize(2);
        assertThat(ChangeFixtures.item(detail.proposed(), "item-0").volume().baselineMonthlyUnits())
                .isEqualTo(1100);

        // seeing their revision without one's edits is a choice, never the default, and asks once more
        ConfirmDialogKt._fireReject(stale);
        ConfirmDialogKt._fireConfirm(dialog("Recharger la demande ?"));
        ProposalEditView reloaded = _get(ProposalEditView.class);
        assertThat(reloaded.editor.scope.items.getFirst().volume.baseline.getValue())
                .isEqualTo("1\u202F100");
        assertThat(reloaded.editor.hasChanges()).isFalse();
    }

    @Test
    void edits_made_while_someone_saved_are_carried_onto_their_revision_field_by_field_and_saved_on_it() {
        ProposalEditView view = openAs(contract.clientEditor().username());
        TestAccounts.as(contract.clientOwner().username(), () -> {
            ChangeRequestDetail detail = changeRequests.detail(requestId);
            changeRequests.revise(
                    requestId,
                    detail.version(),
                    ChangeFixtures.withTitle(
                            ChangeFixtures.withBaseline(detail.proposed(), "item-0", 1100), "item-0", "Saisie revue"),
                    "Plutôt 1 100");
        });
        _setValue(view.editor.scope.items.getFirst().volume.baseline, "1 300");
        _click(view.save);

        ConfirmDialog stale = dialog("Demande modifiée entre-temps");
        assertThat(stale.getElement().getTextRecursively() + ConfirmDialogKt.getText(stale))
                .contains("Modifiés des deux côtés");
        // their title and my baseline, on their revision; nothing saved yet
        assertThat(view.editor.scope.items.getFirst().title.getValue()).isEqualTo("Saisie revue");
        assertThat(view.editor.scope.items.getFirst().volume.baseline.getValue().replaceAll("[^0-9]", ""))
                .isEqualTo("1300");
        assertThat(detailAs(contract.clientEditor().username()).revisions()).hasSize(2);

        ConfirmDialogKt._fireConfirm(stale);
        _click(view.save);

        assertThat(path()).isEqualTo("changes/" + requestId);
        ChangeRequestDetail detail = detailAs(contract.clientEditor().username());
        assertThat(detail.revisions()).hasSize(3);
        assertThat(ChangeFixtures.item(detail.proposed(), "item-0").volume().baselineMonthlyUnits())
                .isEqualTo(1300);
        assertThat(ChangeFixtures.item(detail.proposed(), "item-0").title()).isEqualTo("Saisie revue");
    }

    /** The trial: « Vous contre-proposez sur la révision 3 de Claire Martin », read by Claire Martin. */
    @Test
    void the_intro_says_one_modifies_ones_own_revision_and_counter_proposes_on_the_other_sides() {
        TestAccounts.as(contract.clientEditor().username(), () -> {
            ChangeRequestDetail detail = changeRequests.detail(requestId);
            changeRequests.revise(
                    requestId, detail.version(), ChangeFixtures.withBaseline(detail.proposed(), "item-0", 1200), "");
            changeRequests.submit(requestId, changeRequests.detail(requestId).version());
        });

        assertThat(text(openAs(contract.clientEditor().username())))
                .contains("Vous modifiez votre révision 2.")
                .doesNotContain("contre-proposez");
        assertThat(text(openAs(contract.clientOwner().username())))
                .contains("Vous modifiez la révision 2 de "
                        + contract.clientEditor().displayName() + ", de votre côté.");
        assertThat(text(openAs(contract.providerEditor().username())))
                .contains("Vous contre-proposez sur la révision 2 de "
                        + contract.clientEditor().displayName());
    }

    @Test
    void a_viewer_is_told_they_cannot_edit_the_request() {
        ProposalEditView view = openAs(contract.clientViewer().username());

        assertThat(text(view)).contains("Vous ne pouvez pas modifier cette demande");
        assertThat(view.editor).isNull();
    }

    @Test
    void an_unknown_request_is_not_found() {
        login(contract.clientEditor().username(), "changes/" + UUID.randomUUID() + "/edit");

        assertThat(text(_get(ProposalEditView.class))).contains("Demande introuvable");
    }

    @Test
    void an_outsider_gets_the_same_not_found() {
        ProposalEditView view = openAs(contract.outsider().admin().username());

        assertThat(text(view)).contains("Demande introuvable");
    }

    @Test
    void cancelling_with_unsaved_edits_asks_first() {
        ProposalEditView view = openAs(contract.clientEditor().username());
        _setValue(view.editor.scope.items.getFirst().volume.baseline, "1 300");

        _click(view.cancel);
        ConfirmDialog confirm = dialog("Abandonner vos modifications ?");
        assertThat(path()).endsWith("/edit");

        ConfirmDialogKt._fireConfirm(confirm);
        MockVaadin.runUIQueue();
        assertThat(path()).isEqualTo("changes/" + requestId);
        assertThat(detailAs(contract.clientEditor().username()).revisions()).hasSize(1);
    }

    @Test
    void cancelling_without_edits_goes_straight_back() {
        ProposalEditView view = openAs(contract.clientEditor().username());

        _click(view.cancel);

        assertThat(path()).isEqualTo("changes/" + requestId);
    }

    @Test
    void leaving_with_unsaved_edits_asks_first() {
        ProposalEditView view = openAs(contract.clientEditor().username());
        _setValue(view.editor.scope.items.getFirst().volume.baseline, "1 300");

        UI.getCurrent().navigate("");
        MockVaadin.runUIQueue();

        assertThat(path()).endsWith("/edit");
        ConfirmDialogKt._fireCancel(dialog("Abandonner vos modifications ?"));
        assertThat(_get(ProposalEditView.class)).isSameAs(view);
    }
}
