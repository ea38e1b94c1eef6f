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
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
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

    private static boolean isInside(Element element, Element container) {
        for (Element e = element.getParent(); e != null; e = e.getParent()) {
            if (e.equals(container)) {
                return true;
            }
        }
        return false;
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
    void a_bands_own_link_opens_the_editor_on_that_band_row() {
        TestContract contract = fixtures.contract(2);
        login(contract.clientEditor().username());
        Routes.navigate(UI.getCurrent(), "contracts/" + contract.id() + "?tab=volumes");

        Anchor band = _find(Anchor.class, spec -> spec.withClasses("av-propose-band")).stream()
                .filter(a -> decoded(a).endsWith("propose=VOLUMES:item-1:band:0"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no link on the second item's first band"));
        Routes.navigate(UI.getCurrent(), band.getHref());
        NewChangeRequestDialog dialog = _get(NewChangeRequestDialog.class);
        dialog.title.setValue("Prix de la tranche");
        dialog.reason.setValue("Volumes en hausse");
        dialog.serves.setValue(ObjectiveKind.COST);
        _click(dialog.submit);

        _get(ProposalEditView.class);
        // a composite and its content are one element: count elements
        List<Element> focused = _find(Component.class, spec -> spec.withClasses("av-focused")).stream()
                .map(Component::getElement)
                .distinct()
                .toList();
        assertThat(focused).as("the item's card and, inside it, the band's row").hasSize(2);
        Element card = focused.getFirst();
        Element row = focused.getLast();
        assertThat(card.getTextRecursively()).contains("Prestation 1");
        assertThat(_find(TextField.class).stream()
                        .filter(f -> isInside(f.getElement(), row))
                        .map(TextField::getValue))
                .as("the band row of item-1: from 0, open-ended, 2,00 €")
                .contains("2,00");
        assertThat(isInside(row, card)).as("the row inside the card").isTrue();
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
