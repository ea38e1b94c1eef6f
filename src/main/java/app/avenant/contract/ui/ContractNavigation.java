package app.avenant.contract.ui;

import app.avenant.shared.ui.ContractPageFrame;
import app.avenant.shared.ui.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * The way to the contract screens, for this module and the modules that depend on it (named interface
 * {@code contract :: navigation}): URLs come from the views' routes, never from strings (docs/decisions/0021).
 */
@NamedInterface("navigation")
public final class ContractNavigation {

    private ContractNavigation() {}

    /** "Mes contrats", the home page. */
    public static String contracts() {
        return Routes.url(ContractListView.class);
    }

    public static String workspace(UUID contractId) {
        return Routes.url(ContractWorkspaceView.class, ContractPageFrame.CONTRACT_ID, contractId);
    }

    /** The workspace on its history tab, where an accepted change request's new version is. */
    public static String history(UUID contractId) {
        return tab(contractId, WorkspaceTab.HISTORY);
    }

    /** The workspace on its team tab, where the contact persons are. */
    public static String team(UUID contractId) {
        return tab(contractId, WorkspaceTab.TEAM);
    }

    static String tab(UUID contractId, WorkspaceTab tab) {
        return Routes.withQuery(workspace(contractId), ContractWorkspaceView.TAB, tab.param);
    }

    public static String compare(UUID contractId, int from, int to) {
        return Routes.url(VersionCompareView.class, compareParameters(contractId, from, to));
    }

    public static String accessReview(UUID contractId) {
        return Routes.url(AccessReviewView.class, ContractPageFrame.CONTRACT_ID, contractId);
    }

    public static Anchor linkToContracts(String text) {
        return Routes.link(contracts(), text);
    }

    public static Anchor linkToWorkspace(UUID contractId, String text) {
        return Routes.link(workspace(contractId), text);
    }

    public static Anchor linkToCompare(UUID contractId, int from, int to, String text) {
        return Routes.link(compare(contractId, from, to), text);
    }

    public static void toWorkspace(UUID contractId) {
        UI.getCurrent()
                .navigate(
                        ContractWorkspaceView.class,
                        new RouteParameters(ContractPageFrame.CONTRACT_ID, contractId.toString()));
    }

    static void toTab(UUID contractId, WorkspaceTab tab) {
        Routes.navigate(UI.getCurrent(), tab(contractId, tab));
    }

    public static void toCompare(UUID contractId, int from, int to) {
        UI.getCurrent().navigate(VersionCompareView.class, compareParameters(contractId, from, to));
    }

    private static RouteParameters compareParameters(UUID contractId, int from, int to) {
        return new RouteParameters(Map.of(
                ContractPageFrame.CONTRACT_ID,
                contractId.toString(),
                VersionCompareView.FROM,
                String.valueOf(from),
                VersionCompareView.TO,
                String.valueOf(to)));
    }
}
