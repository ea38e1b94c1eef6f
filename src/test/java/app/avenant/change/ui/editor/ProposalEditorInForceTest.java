package app.avenant.change.ui.editor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeFixtures;
import app.avenant.change.ChangeFixtures.TestContract;
import app.avenant.change.ChangeRequestDetail;
import app.avenant.change.ChangeRequests;
import app.avenant.change.NewChangeRequest;
import app.avenant.change.ui.Del;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.Terms;
import app.avenant.identity.UserRef;
import app.avenant.shared.ui.Routes;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The proposal editor against the version in force (docs/decisions/0028): what differs is marked and can be
 * shown alone, an element can be opened from the contract's screens, and the conflicts with a request accepted
 * meanwhile are settled in one revision.
 */
class ProposalEditorInForceTest extends UiTest {

    @Autowired
    ChangeFixtures fixtures;

    @Autowired
    ChangeRequests changeRequests;

    private TestContract contract;
    private UUID requestId;
    private Terms v1;

    @BeforeEach
    void draftByTheClientEditor() {
        contract = fixtures.contract(2);
        requestId = TestAccounts.as(
                contract.clientEditor().username(),
                () -> changeRequests.propose(
                        contract.id(),
                        new NewChangeRequest("Hausse des volumes", "Activité en hausse", ObjectiveKind.CONTINUITY)));
        v1 = detailAs(contract.clientEditor()).proposed();
    }

    private ChangeRequestDetail detailAs(UserRef user) {
        return TestAccounts.as(user.username(), () -> changeRequests.detail(requestId));
    }

    private void revise(UUID id, Terms terms) {
        TestAccounts.as(
                contract.clientEditor().username(),
                () -> changeRequests.revise(id, changeRequests.detail(id).version(), terms, ""));
    }

    /** Another request, proposed, submitted and approved by both sides: version 2 comes into force. */
    private void acceptAnother(Terms terms) {
        UUID other = TestAccounts.as(
                contract.clientEditor().username(),
                () -> changeRequests.propose(
                        contract.id(), new NewChangeRequest("Autre demande", "Raison", ObjectiveKind.COST)));
        revise(other, terms);
        TestAccounts.as(
                contract.clientEditor().username(),
                () -> changeRequests.submit(other, changeRequests.detail(other).version()));
        TestAccounts.as(contract.clientOwner().username(), () -> changeRequests.approve(other, 2));
        TestAccounts.as(contract.providerManager().username(), () -> changeRequests.approve(other, 2));
    }

    private ProposalEditView open() {
        login(contract.clientEditor().username(), "changes/" + requestId + "/edit");
        return _get(ProposalEditView.class);
    }

    private static String digits(Component component) {
        return component.getElement().getTextRecursively().replaceAll("[^0-9]", "");
    }

    private static String digits(String text) {
        return text.replaceAll("[^0-9]", "");
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @Test
    void a_value_that_differs_from_the_version_in_force_is_marked_with_the_old_value_struck_and_who_proposed_it() {
        long inForce = ChangeFixtures.item(v1, "item-0").volume().baselineMonthlyUnits();
        revise(requestId, ChangeFixtures.withBaseline(v1, "item-0", 1500));

        ProposalEditView view = open();

        VolumeEditor changed = view.editor.scope.items.get(0).volume;
        assertThat(changed.getElement().getClassList()).contains("av-changed");
        assertThat(changed.getElement().getTextRecursively())
                .contains("Modifié par rapport à la version en vigueur — " + "proposé par "
                        + contract.clientEditor().displayName() + " (PME)");
        assertThat(digits(_get(changed, Del.class))).isEqualTo(String.valueOf(inForce));
        VolumeEditor untouched = view.editor.scope.items.get(1).volume;
        assertThat(untouched.getElement().getClassList()).doesNotContain("av-changed");
    }

    @Test
    void only_the_changes_hides_what_the_proposal_leaves_as_in_force() {
        revise(requestId, ChangeFixtures.withBaseline(v1, "item-0", 1500));
        ProposalEditView view = open();

        _setValue(view.onlyChanges, true);

        assertThat(view.editor.scope.items.get(0).volume.isVisible()).isTrue();
        assertThat(view.editor.scope.items.get(1).volume.isVisible()).isFalse();
        assertThat(view.editor.scope.items.get(0).isVisible()).isFalse(); // its title and texts did not change

        _setValue(view.onlyChanges, false);
        assertThat(view.editor.scope.items.get(1).volume.isVisible()).isTrue();
    }

    @Test
    void only_the_changes_keeps_what_was_just_typed_and_not_saved() {
        ProposalEditView view = open();
        VolumeEditor typedIn = view.editor.scope.items.get(1).volume;
        _setValue(
                typedIn.baseline,
                String.valueOf(ChangeFixtures.item(v1, "item-1").volume().baselineMonthlyUnits() + 100));

        _setValue(view.onlyChanges, true);

        assertThat(typedIn.isVisible()).as("the item just edited").isTrue();
        assertThat(view.editor.scope.items.get(0).volume.isVisible()).isFalse();
    }

    @Test
    void the_editor_opens_on_the_element_it_was_asked_for() {
        login(contract.clientEditor().username());
        Routes.navigate(UI.getCurrent(), "changes/" + requestId + "/edit?focus=VOLUMES:item-1");
        ProposalEditView view = _get(ProposalEditView.class);

        assertThat(view.editor.scope.items.get(1).volume.getElement().getClassList())
                .contains("av-focused");
        assertThat(view.editor.scope.items.get(0).volume.getElement().getClassList())
                .doesNotContain("av-focused");
    }

    @Test
    void a_conflict_opens_with_base_mine_and_in_force_side_by_side_and_one_save_keeping_mine_settles_it() {
        long base = ChangeFixtures.item(v1, "item-0").volume().baselineMonthlyUnits();
        revise(requestId, ChangeFixtures.withBaseline(v1, "item-0", 1500));
        acceptAnother(ChangeFixtures.withBaseline(v1, "item-0", 1300));
        assertThat(detailAs(contract.clientEditor()).conflicts()).hasSize(1);

        ProposalEditView view = open();

        assertThat(view.conflictPanel).isNotNull();
        String panel = view.conflictPanel.getElement().getTextRecursively();
        assertThat(panel)
                .contains(
                        "Base (v1)",
                        "Cette demande",
                        "En vigueur (v2)",
                        "Garder la valeur de cette demande",
                        "Prendre la valeur en vigueur");
        assertThat(digits(panel)).contains(base + "15001300");
        assertThat(digits(view.editor.scope.items.get(0).volume.baseline.getValue()))
                .isEqualTo("1500");

        _click(view.save);

        assertThat(path()).isEqualTo("changes/" + requestId);
        ChangeRequestDetail saved = detailAs(contract.clientEditor());
        assertThat(saved.latest().number()).isEqualTo(3);
        assertThat(saved.latest().baseVersion()).isEqualTo(2);
        assertThat(saved.conflicts()).isEmpty();
        assertThat(ChangeFixtures.item(saved.proposed(), "item-0").volume().baselineMonthlyUnits())
                .isEqualTo(1500);
    }

    /**
     * The trial: Claire took the value in force, left, and reopened the editor on her kept draft; the field
     * held the value in force but « Garder ma valeur » was highlighted, and the panel said « Une autre
     * demande » without naming it.
     */
    @Test
    void reopened_on_a_kept_draft_the_highlighted_choice_matches_the_field_and_the_other_request_is_named() {
        revise(requestId, ChangeFixtures.withBaseline(v1, "item-0", 1500));
        acceptAnother(ChangeFixtures.withBaseline(v1, "item-0", 1300));
        _click(open().conflictPanel.choices.getFirst().takeInForce());

        // a new browser: a new Vaadin session, the draft read back from the database
        MockVaadin.tearDown();
        if (karibuRoutes == null) {
            karibuRoutes = new com.github.mvysny.kaributesting.v10.Routes().autoDiscoverViews("app.avenant");
        }
        MockVaadin.setup(MockedUI::new, new MockSpringServlet(karibuRoutes, applicationContext, MockedUI::new));
        ProposalEditView view = open();

        assertThat(digits(view.editor.scope.items.get(0).volume.baseline.getValue()))
                .isEqualTo("1300");
        ConflictPanel.Choice choice = view.conflictPanel.choices.getFirst();
        assertThat(choice.takeInForce().getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(choice.keepMine().getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(view.conflictPanel.getElement().getTextRecursively())
                .contains("par une demande acceptée : n° 2 de "
                        + contract.clientEditor().displayName() + " (PME)")
                .contains("ou saisissez une autre valeur dans le champ ci-dessous")
                .doesNotContain("plus bas");
    }

    private static com.github.mvysny.kaributesting.v10.@org.jspecify.annotations.Nullable Routes karibuRoutes;

    @Test
    void taking_the_value_in_force_keeps_the_other_edits_and_one_save_settles_the_conflict() {
        revise(requestId, ChangeFixtures.withBaseline(v1, "item-0", 1500));
        acceptAnother(ChangeFixtures.withBaseline(v1, "item-0", 1300));
        ProposalEditView view = open();
        _setValue(view.editor.scope.items.get(1).title, "Saisie revue");

        _click(view.conflictPanel.choices.getFirst().takeInForce());

        assertThat(digits(view.editor.scope.items.get(0).volume.baseline.getValue()))
                .isEqualTo("1300");
        assertThat(view.editor.scope.items.get(1).title.getValue()).isEqualTo("Saisie revue");
        _click(view.save);

        ChangeRequestDetail saved = detailAs(contract.clientEditor());
        assertThat(saved.latest().baseVersion()).isEqualTo(2);
        assertThat(saved.conflicts()).isEmpty();
        assertThat(ChangeFixtures.item(saved.proposed(), "item-0").volume().baselineMonthlyUnits())
                .isEqualTo(1300);
        assertThat(ChangeFixtures.item(saved.proposed(), "item-1").title()).isEqualTo("Saisie revue");
    }
}
