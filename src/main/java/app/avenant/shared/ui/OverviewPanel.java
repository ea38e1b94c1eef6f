package app.avenant.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.UUID;

/**
 * A card another module adds to a contract's "Vue d'ensemble" without the overview knowing that module: the
 * overview (performance) renders every bean of this type, in {@link #order()}. It lets a module that depends on
 * performance (governance) show its figures there without a dependency cycle.
 * <p>
 * The overview calls it only for a member of the contract; the panel reads through its own module's service,
 * which checks that membership again.
 */
public interface OverviewPanel {

    /** A new card for that contract, or empty when the module has nothing to show there. */
    Optional<Component> panel(UUID contractId);

    /** Cards come after the overview's own, lowest first. */
    default int order() {
        return 100;
    }
}
