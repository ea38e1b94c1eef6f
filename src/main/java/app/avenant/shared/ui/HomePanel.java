package app.avenant.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * A panel another module puts at the top of the home page ("Mes contrats"), built anew for each screen: the home
 * answers "what needs me?" across every contract without the contract module knowing the others (as
 * {@link OverviewPanel} does for one contract's overview).
 */
public interface HomePanel {

    Component create();
}
