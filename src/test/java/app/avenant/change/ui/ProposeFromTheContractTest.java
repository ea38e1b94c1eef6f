package app.avenant.change.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeFixtures.TestContract;
import app.avenant.change.ChangeRequestSummary;
import app.avenant.change.ui.editor.ProposalEditView;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.shared.ui.Routes;
import app.avenant.testing.TestAccounts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Proposer une modification" beside an element of the contract opens a new request whose editor starts on
 * that element (docs/decisions/0028).
 */
class ProposeFromTheContractTest extends ChangeUiTest {

    private static List<Anchor> proposeLinks() {
        return _find(Anchor.class).stream()
                .filter(a -> "Proposer une modification".equals(a.getText()))
                .toList();
    }

    private static String decoded(Anchor anchor) {
        return URLDecoder.decode(anchor.getHref(), StandardCharsets.UTF_8);
    }

    @Test
    void a_band_is_changed_from_its_own_card_in_the_volumes_tab() {
        TestContract contract = fixtures.contract(2);
        login(contract.clientEditor().username());
        Routes.navigate(UI.getCurrent(), "contracts/" + contract.id() + "?tab=volumes");

        Anchor second = proposeLinks().stream()
                .filter(a -> decoded(a).endsWith("propose=VOLUMES:item-1"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no link on the second item's volumes"));
        Routes.navigate(UI.getCurrent(), second.getHref());

        NewChangeRequestDialog dialog = _get(NewChangeRequestDialog.class);
        assertThat(dialog.getElement().getTextRecursively()).contains("Elle portera sur : Volumes — ");
        dialog.title.setValue("Prix de la tranche haute");
        dialog.reason.setValue("Volumes en hausse");
        dialog.serves.setValue(ObjectiveKind.COST);
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        _click(dialog.submit);

        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .as("created: the browser stays on the editor, it does not go back")
                .noneMatch(js -> js.getInvocation().getExpression().contains("history.back()"));
        ProposalEditView editor = _get(ProposalEditView.class);
        List<ChangeRequestSummary> requests = TestAccounts.as(
                contract.clientEditor().username(), () -> changeRequests.list(contract.id(), null, 0, 10));
        assertThat(requests)
                .singleElement()
                .satisfies(r -> assertThat(r.title()).isEqualTo("Prix de la tranche haute"));
        assertThat(editor.getElement().getTextRecursively()).contains("Prix de la tranche haute");
        assertThat(UI.getCurrent()
                        .getInternals()
                        .getActiveViewLocation()
                        .getQueryParameters()
                        .getSingleParameter(ProposalEditView.FOCUS))
                .contains("VOLUMES:item-1");
    }

    @Test
    void cancelling_goes_back_to_where_proposer_was_clicked() {
        TestContract contract = fixtures.contract(2);
        login(contract.clientEditor().username());
        Routes.navigate(UI.getCurrent(), "contracts/" + contract.id() + "?tab=volumes");
        Routes.navigate(UI.getCurrent(), proposeLinks().getFirst().getHref());
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        _click(_get(NewChangeRequestDialog.class).cancel);

        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .as("the browser goes back to the contract's tab")
                .anyMatch(js -> js.getInvocation().getExpression().contains("history.back()"));
    }

    @Test
    void a_viewer_is_offered_no_proposal() {
        TestContract contract = fixtures.contract(1);
        login(contract.clientViewer().username());
        Routes.navigate(UI.getCurrent(), "contracts/" + contract.id() + "?tab=volumes");

        assertThat(proposeLinks()).isEmpty();
    }
}
