package app.avenant.change.ui.editor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeFixtures;
import app.avenant.change.ChangeFixtures.TestContract;
import app.avenant.change.ChangeRequestDetail;
import app.avenant.change.ChangeRequests;
import app.avenant.change.NewChangeRequest;
import app.avenant.change.draft.ProposalDrafts;
import app.avenant.change.draft.StoredDraft;
import app.avenant.contract.terms.BandPricing;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Unsaved edits survive what the session does not (docs/decisions/0030): kept in the database while the person
 * types, restored with a dated banner in a new session, dropped by "Abandonner ces modifications" or by saving.
 */
class ProposalDraftViewTest extends UiTest {

    private static Routes routes;

    @Autowired
    ChangeFixtures fixtures;

    @Autowired
    ChangeRequests changeRequests;

    @Autowired
    ProposalDrafts drafts;

    private TestContract contract;
    private UUID requestId;
    private String editor;

    @BeforeEach
    void draftByTheClientEditor() {
        contract = fixtures.contract(1);
        editor = contract.clientEditor().username();
        requestId = TestAccounts.as(
                editor,
                () -> changeRequests.propose(
                        contract.id(),
                        new NewChangeRequest(
                                "Prix de la première tranche", "Hausse des coûts", ObjectiveKind.CONTINUITY)));
    }

    private ProposalEditView openAs(String username) {
        login(username, "changes/" + requestId + "/edit");
        return _get(ProposalEditView.class);
    }

    private Optional<StoredDraft> draftOf(String username) {
        return TestAccounts.as(username, () -> drafts.mine(requestId));
    }

    private static BigDecimal firstBandPrice(StoredDraft draft) {
        return ((BandPricing)
                        ChangeFixtures.item(draft.terms(), "item-0").volume().pricing())
                .bands()
                .getFirst()
                .unitPrice();
    }

    /** A new browser, or the portal restarted: a new Vaadin session and UI, nothing kept in memory. */
    private void newSession() {
        MockVaadin.tearDown();
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("app.avenant");
        }
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(routes, applicationContext, MockedUI::new));
    }

    private static String text(ProposalEditView view) {
        return view.getElement().getTextRecursively().replaceAll("[\\s\\u00A0\\u202F]+", " ");
    }

    @Test
    void a_band_price_typed_is_kept_in_the_database_at_once() {
        ProposalEditView view = openAs(editor);

        _setValue(view.editor.scope.items.getFirst().volume.bands.getFirst().price, "2,10");

        StoredDraft draft = draftOf(editor).orElseThrow();
        assertThat(firstBandPrice(draft)).isEqualByComparingTo("2.10");
        assertThat(draft.revision()).isEqualTo(1);
    }

    @Test
    void opening_the_editor_with_a_stored_draft_restores_the_values_and_says_so_with_its_date() {
        ChangeRequestDetail detail = TestAccounts.as(editor, () -> changeRequests.detail(requestId));
        TestAccounts.as(
                editor,
                () -> drafts.keep(
                        requestId,
                        detail.latest().number(),
                        null,
                        detail.proposed(),
                        ChangeFixtures.withBaseline(detail.proposed(), "item-0", 1300),
                        "Saison haute"));

        ProposalEditView view = openAs(editor);

        assertThat(view.editor.scope.items.getFirst().volume.baseline.getValue())
                .isEqualTo("1 300".replace(' ', '\u202F'))
                .as("the baseline as kept");
        assertThat(view.note.getValue()).isEqualTo("Saison haute");
        assertThat(view.restored.isVisible()).isTrue();
        assertThat(text(view))
                .containsPattern(
                        "Vos modifications non enregistrées du \\d\\d/\\d\\d/\\d{4} à \\d\\d:\\d\\d ont été restaurées\\.");
        assertThat(_find(view.restored, Button.class))
                .extracting(Button::getText)
                .containsExactly("Abandonner ces modifications");
        // nothing "someone saved meanwhile" about it: the draft was made on this very revision
        assertThat(_find(ConfirmDialog.class)).isEmpty();
    }

    @Test
    void a_new_session_restores_what_was_typed_in_the_previous_one() {
        ProposalEditView view = openAs(editor);
        _setValue(view.editor.scope.items.getFirst().volume.bands.getFirst().price, "2,10");
        _setValue(view.note, "Prix revu");

        newSession();
        ProposalEditView again = openAs(editor);

        assertThat(again).isNotSameAs(view);
        assertThat(again.editor
                        .scope
                        .items
                        .getFirst()
                        .volume
                        .bands
                        .getFirst()
                        .price
                        .getValue())
                .isEqualTo("2,10");
        assertThat(again.note.getValue()).isEqualTo("Prix revu");
        assertThat(again.restored.isVisible()).isTrue();
        assertThat(again.editor.hasChanges()).isTrue();
    }

    @Test
    void abandoning_the_restored_edits_asks_first_then_drops_them_for_good() {
        ProposalEditView view = openAs(editor);
        _setValue(view.editor.scope.items.getFirst().volume.bands.getFirst().price, "2,10");
        newSession();
        ProposalEditView again = openAs(editor);

        _click(_get(again.restored, Button.class));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(draftOf(editor))
                .as("nothing dropped before the confirmation")
                .isPresent();
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(draftOf(editor)).isEmpty();
        assertThat(again.editor
                        .scope
                        .items
                        .getFirst()
                        .volume
                        .bands
                        .getFirst()
                        .price
                        .getValue())
                .isEqualTo("2,00");
        newSession();
        assertThat(openAs(editor).restored.isVisible()).isFalse();
    }

    @Test
    void saving_the_revision_leaves_no_draft_behind() {
        ProposalEditView view = openAs(editor);
        _setValue(view.editor.scope.items.getFirst().volume.bands.getFirst().price, "2,10");
        assertThat(draftOf(editor)).isPresent();

        _click(view.save);

        assertThat(TestAccounts.as(editor, () -> changeRequests.detail(requestId))
                        .revisions())
                .hasSize(2);
        assertThat(draftOf(editor)).isEmpty();
    }

    @Test
    void a_colleague_of_the_same_side_opening_the_editor_never_sees_anothers_edits() {
        ProposalEditView view = openAs(editor);
        _setValue(view.editor.scope.items.getFirst().volume.bands.getFirst().price, "2,10");

        newSession();
        ProposalEditView owners = openAs(contract.clientOwner().username());

        assertThat(owners.editor
                        .scope
                        .items
                        .getFirst()
                        .volume
                        .bands
                        .getFirst()
                        .price
                        .getValue())
                .isEqualTo("2,00");
        assertThat(owners.restored.isVisible()).isFalse();
    }

    @Test
    void a_draft_made_on_an_older_revision_is_carried_onto_the_newer_one_field_by_field() {
        ProposalEditView view = openAs(editor);
        _setValue(view.editor.scope.items.getFirst().volume.bands.getFirst().price, "2,10");
        // meanwhile, from another browser, the same side saves a new baseline
        TestAccounts.as(contract.clientOwner().username(), () -> {
            ChangeRequestDetail d = changeRequests.detail(requestId);
            changeRequests.revise(
                    requestId, d.version(), ChangeFixtures.withBaseline(d.proposed(), "item-0", 1200), "Volume");
            return null;
        });

        newSession();
        ProposalEditView again = openAs(editor);

        assertThat(again.editor
                        .scope
                        .items
                        .getFirst()
                        .volume
                        .bands
                        .getFirst()
                        .price
                        .getValue())
                .isEqualTo("2,10");
        assertThat(again.editor.scope.items.getFirst().volume.baseline.getValue())
                .isEqualTo("1 200".replace(' ', '\u202F'));
        assertThat(again.restored.isVisible()).isTrue();
        assertThat(_find(ConfirmDialog.class))
                .extracting(ConfirmDialogKt::getHeader)
                .containsExactly("Demande modifiée entre-temps");
    }
}
