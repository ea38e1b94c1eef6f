package app.avenant.contract.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import app.avenant.contract.ContractAccess;
import app.avenant.contract.ContractFilter;
import app.avenant.contract.ContractLifecycle;
import app.avenant.contract.ContractSummary;
import app.avenant.contract.Contracts;
import app.avenant.shared.format.Formats;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;

/** What the contract screens' tests share: finding demo contracts, navigating, reading what is shown. */
abstract class ContractUiTest extends UiTest {

    static final String BOOKKEEPING = "AV-2026-001";
    static final String IT_SUPPORT = "AV-2026-002";

    @Autowired
    Contracts contracts;

    @Autowired
    ContractLifecycle lifecycle;

    @Autowired
    ContractAccess access;

    /** The id of a demo contract, looked up as the signed-in user (who must be a member). */
    UUID idOf(String reference) {
        List<ContractSummary> found = contracts.myContracts(new ContractFilter(null, reference), 0, 10);
        return found.stream()
                .filter(c -> c.reference().equals(reference))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the signed-in user does not see " + reference))
                .id();
    }

    /** Looks the contract up as its owner, then signs {@code username} in. */
    UUID idOfAsOwnerThenLogin(String reference, String username) {
        login("claire.martin");
        UUID id = idOf(reference);
        login(username);
        return id;
    }

    static void navigate(String location) {
        UI.getCurrent().navigate(location);
        MockVaadin.runUIQueue();
    }

    static ContractWorkspaceView openWorkspace(UUID id) {
        navigate("contracts/" + id);
        return _get(ContractWorkspaceView.class);
    }

    static ContractWorkspaceView openWorkspace(UUID id, String tab) {
        UI.getCurrent().navigate("contracts/" + id, QueryParameters.of("tab", tab));
        MockVaadin.runUIQueue();
        return _get(ContractWorkspaceView.class);
    }

    /** Selects a tab as a click would, and returns its content. */
    static Component selectTab(WorkspaceTab tab) {
        TabSheet sheet = _get(TabSheet.class);
        sheet.setSelectedIndex(tab.ordinal());
        return sheet.getComponent(sheet.getSelectedTab());
    }

    /** Every text under a component, as one string (grids excepted: read them with GridKt). */
    static String text(Component component) {
        return app.avenant.testing.ShownText.of(component);
    }

    /** Formatted as the UI formats it: fr-FR groups with U+202F and puts U+00A0 before €. */
    Locale locale() {
        return uiLocale();
    }

    String money(String amount) {
        return Formats.money(new BigDecimal(amount), locale());
    }

    String units(long units) {
        return Formats.units(units, locale());
    }

    String percent(String percent) {
        return Formats.percent(new BigDecimal(percent), locale());
    }
}
