package app.avenant.change;

import app.avenant.contract.Side;
import java.util.List;

/**
 * Who may approve for one side of a contract (its owner or manager members), by name, with their organisation:
 * whom a request waits for.
 *
 * @param organisation the side's organisation name; empty when the side has no approver yet
 * @param names        the approvers' display names, alphabetical; empty when the side has none
 */
public record SideApprovers(Side side, String organisation, List<String> names) {

    public SideApprovers {
        names = List.copyOf(names);
    }
}
