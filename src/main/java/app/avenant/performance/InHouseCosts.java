package app.avenant.performance;

import java.util.Optional;
import java.util.UUID;

/**
 * The PME's in-house cost of the outsourced activity, per contract (issue 15, point 3). Every method checks the
 * caller's right on that contract: the PME's members read it, its editors and owner write it; the provider's members
 * are refused ({@code AccessDeniedException}) and a non-member learns nothing ({@code ContractNotFoundException}).
 */
public interface InHouseCosts {

    Optional<InHouseCost> of(UUID contractId);

    /**
     * @throws StatementRuleException {@code performance.inhouse.error.units} (fewer than one deliverable a month),
     *         {@code .negative} (a negative figure), {@code .note} (note too long), {@code .item} (no such scope
     *         item); nothing is stored
     */
    void save(UUID contractId, InHouseCost cost);
}
