package app.avenant.contract.ui;

import app.avenant.contract.ContractStatus;
import app.avenant.contract.ContractWorkspace;
import app.avenant.shared.ui.Routes;
import app.avenant.shared.ui.ScreenLink;
import app.avenant.shared.ui.ScreenLink.Target;
import app.avenant.shared.ui.ScreenLinks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import java.util.Optional;

/**
 * "Proposer une modification" beside an element of the terms (the contract's frame, an objective, a scope
 * item, its volumes, a service level): a new change request whose editor opens on that element. The change
 * module owns that screen, so the link comes as a {@link Target#PROPOSE_CHANGE} ScreenLink; the element is
 * named {@code SECTION} or {@code SECTION:key} with the sections of the terms (docs/decisions/0028).
 */
@FunctionalInterface
interface ProposeChange {

    Optional<Component> link(String element);

    static ProposeChange none() {
        return element -> Optional.empty();
    }

    /** Only for those who may propose (editors and owners of either side). */
    static ProposeChange of(ScreenLinks links, ContractWorkspace workspace, Component host) {
        // an ended contract changes no more (ContractLifecycle.end)
        if (!workspace.myRole().canEdit() || workspace.status() == ContractStatus.TERMINATED) {
            return none();
        }
        return element -> links.url(Target.PROPOSE_CHANGE, workspace.id()).map(url -> {
            Anchor anchor = Routes.link(
                    Routes.withQuery(url, ScreenLink.PROPOSE_PARAMETER, element),
                    host.getTranslation("contract.propose"));
            anchor.addClassName("av-propose-link");
            return anchor;
        });
    }
}
