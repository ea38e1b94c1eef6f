package app.avenant.change.ui;

import app.avenant.change.ui.editor.ProposalEditView;
import app.avenant.shared.ui.ContractPageFrame;
import app.avenant.shared.ui.Routes;
import app.avenant.shared.ui.ScreenLink;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * The way to the change request screens, for this module and the modules that depend on it (named interface
 * {@code change :: navigation}): URLs come from the views' routes, never from strings (docs/decisions/0021).
 * The contract module, which may not know this one, gets its links to them as {@link ScreenLink}s.
 */
@NamedInterface("navigation")
public final class ChangeNavigation {

    /** The id {@link ChangeRequestView} gives its discussion section ("cr-" and the section's key). */
    static final String DISCUSSION_SECTION = "cr-discussion";

    private ChangeNavigation() {}

    /** A contract's change requests. */
    public static String requests(UUID contractId) {
        return Routes.url(ChangeRequestListView.class, ContractPageFrame.CONTRACT_ID, contractId);
    }

    public static String request(UUID changeRequestId) {
        return Routes.url(ChangeRequestView.class, ChangeRequestView.CHANGE_REQUEST_ID, changeRequestId);
    }

    /** A change request's screen, scrolled to its discussion (the section's id on that screen). */
    public static String discussion(UUID changeRequestId) {
        return request(changeRequestId) + "#" + DISCUSSION_SECTION;
    }

    /** The proposal editor of a change request. */
    public static String editor(UUID changeRequestId) {
        return Routes.url(ProposalEditView.class, ChangeRequestView.CHANGE_REQUEST_ID, changeRequestId);
    }

    /** The proposal editor opened on one element of the terms ({@code SECTION[:key]}, see ProposalEditView). */
    public static String editor(UUID changeRequestId, String element) {
        return Routes.withQuery(editor(changeRequestId), ProposalEditView.FOCUS, element);
    }

    /** "Nouveau contrat": a contract's first terms are drafted as its first change request. */
    public static String newContract() {
        return Routes.url(NewContractView.class);
    }

    public static Anchor linkToRequests(UUID contractId, String text) {
        return Routes.link(requests(contractId), text);
    }

    public static Anchor linkToRequest(UUID changeRequestId, String text) {
        return Routes.link(request(changeRequestId), text);
    }

    public static void toRequests(UUID contractId) {
        UI.getCurrent().navigate(requests(contractId));
    }

    public static void toRequest(UUID changeRequestId) {
        UI.getCurrent().navigate(request(changeRequestId));
    }

    public static void toEditor(UUID changeRequestId) {
        UI.getCurrent().navigate(editor(changeRequestId));
    }

    public static void toEditor(UUID changeRequestId, String element) {
        Routes.navigate(UI.getCurrent(), editor(changeRequestId, element));
    }
}
