package app.avenant.contract;

import app.avenant.contract.domain.Contract;
import app.avenant.contract.domain.ContractVersionRepository;
import app.avenant.contract.domain.Membership;
import app.avenant.contract.domain.MembershipRepository;
import app.avenant.contract.terms.Terms;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What {@link ContractService} (for users) and {@link ContractsForModulesService} (for other modules) both do
 * once the caller's right is settled: grant a role, read a version's terms. Checks nobody's right itself.
 */
@Component
class ContractRecords {

    private final ContractVersionRepository versions;
    private final MembershipRepository memberships;
    private final Users users;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ContractRecords(ContractVersionRepository versions, MembershipRepository memberships, Users users, Clock clock,
                    ApplicationEventPublisher events) {
        this.versions = versions;
        this.memberships = memberships;
        this.users = users;
        this.clock = clock;
        this.events = events;
    }

    void grant(Contract c, UUID userId, ContractRole role, @Nullable UUID grantedBy) {
        UserRef user = users.usersByIds(Set.of(userId)).get(userId);
        if (user == null || c.sideOf(user.organisationId()) != role.side()) {
            throw new ContractRuleException("contract.error.role.side");
        }
        memberships.findByContractIdAndUserId(c.id(), userId).ifPresentOrElse(
                existing -> {
                    ContractRole before = existing.role();
                    existing.changeRole(role);
                    if (before != role) {
                        events.publishEvent(new ContractEvent.RoleChanged(c.id(), userId, before, role, grantedBy));
                    }
                },
                () -> {
                    memberships.save(new Membership(c.id(), userId, role, grantedBy, clock.instant()));
                    events.publishEvent(new ContractEvent.MemberAdded(c.id(), userId, role, grantedBy));
                });
    }

    /** The terms of version {@code number}; version 0 is the empty terms every contract is drafted from. */
    Terms termsAt(Contract c, int number) {
        if (number == 0) {
            return Terms.initial(ContractService.defaultHeader(c.createdAt(), clock.getZone()));
        }
        return versions.findByContractIdAndNumber(c.id(), number)
                .orElseThrow(() -> new ContractRuleException("contract.error.version.unknown"))
                .terms();
    }
}
