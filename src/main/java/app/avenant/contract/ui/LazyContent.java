package app.avenant.contract.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import java.util.function.Supplier;

/**
 * The content of one workspace tab, built the first time it is shown so that opening the workspace only
 * calls the services of the selected tab.
 */
class LazyContent extends Composite<Div> {

    private Supplier<? extends Component> factory;
    private boolean built;

    LazyContent(Supplier<? extends Component> factory) {
        this.factory = factory;
        getContent().addClassName("av-tab-content");
    }

    void ensureBuilt() {
        if (!built) {
            built = true;
            getContent().add(factory.get());
        }
    }

    /** Replaces the factory; rebuilds now when the old content had been shown, else on first show. */
    void reset(Supplier<? extends Component> newFactory) {
        boolean wasBuilt = built;
        factory = newFactory;
        built = false;
        getContent().removeAll();
        if (wasBuilt) {
            ensureBuilt();
        }
    }

    boolean isBuilt() {
        return built;
    }
}
