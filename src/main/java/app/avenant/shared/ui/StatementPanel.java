package app.avenant.shared.ui;

import com.vaadin.flow.component.Component;
import java.time.YearMonth;
import java.util.Optional;
import java.util.UUID;

/**
 * A section another module adds under a month's statement without the statement knowing that module (the pattern
 * of {@link OverviewPanel}): the invoicing module's invoice of the month, which depends on the statement.
 * <p>
 * The statement calls it only for a member of the contract, after its own sections; the panel reads through its own
 * module's service, which checks that membership again.
 */
public interface StatementPanel {

    /**
     * @param validated both sides validated the month (its statement is locked)
     * @param refresh   rebuilds the whole statement screen (after an action that changes what it shows)
     */
    Optional<Component> panel(UUID contractId, YearMonth month, boolean validated, Runnable refresh);
}
