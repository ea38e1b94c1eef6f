package app.avenant.change;

import app.avenant.change.domain.ChangeRequestQueries;
import app.avenant.contract.ContractRole;
import app.avenant.contract.RequestsAwaitingMe;
import app.avenant.contract.internal.ContractsForModules;
import app.avenant.identity.Users;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements {@link RequestsAwaitingMe}: the caller's roles on the contracts asked about (memberships only: a
 * contract the caller is no member of is left out), then one count per distinct role, so at most six
 * statements whatever the number of contracts (usually one).
 */
@Service
@Transactional(readOnly = true)
class AwaitingMeService implements RequestsAwaitingMe {

    private final ChangeRequestQueries queries;
    private final ContractsForModules contracts;
    private final Users users;

    AwaitingMeService(ChangeRequestQueries queries, ContractsForModules contracts, Users users) {
        this.queries = queries;
        this.contracts = contracts;
        this.users = users;
    }

    @Override
    public Map<UUID, Long> countsFor(Collection<UUID> contractIds) {
        if (contractIds.isEmpty()) {
            return Map.of();
        }
        return countsByRole(contracts.rolesOf(users.currentUser().id(), contractIds));
    }

    @Override
    public Map<UUID, Long> countsForAllMyContracts() {
        return countsByRole(contracts.rolesOf(users.currentUser().id()));
    }

    private Map<UUID, Long> countsByRole(Map<UUID, ContractRole> roles) {
        Map<ContractRole, List<UUID>> byRole = new EnumMap<>(ContractRole.class);
        roles.forEach((contract, role) ->
                byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(contract));
        Map<UUID, Long> counts = new HashMap<>();
        byRole.forEach(
                (role, ids) -> counts.putAll(queries.countMine(ids, role.side(), role.canApprove(), role.canEdit())));
        return counts;
    }
}
