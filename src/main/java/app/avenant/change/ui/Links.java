package app.avenant.change.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * Links to other modules' screens by route string (the change module depends on the contract module's
 * services, never on its views), handled by Vaadin's router without reloading the page.
 */
final class Links {

    private Links() {
    }

    static Anchor to(String route, String text) {
        Anchor link = new Anchor(route.isEmpty() ? "." : route, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    static String contract(java.util.UUID contractId) {
        return "contracts/" + contractId;
    }

    static String changes(java.util.UUID contractId) {
        return "contracts/" + contractId + "/changes";
    }

    static String changeRequest(java.util.UUID changeRequestId) {
        return "changes/" + changeRequestId;
    }

    /** The proposal editor's route (ProposalEditView). */
    static String edit(java.util.UUID changeRequestId) {
        return "changes/" + changeRequestId + "/edit";
    }

    static String compare(java.util.UUID contractId, int from, int to) {
        return "contracts/" + contractId + "/compare/" + from + "/" + to;
    }
}
