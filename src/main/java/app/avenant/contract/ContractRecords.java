package app.avenant.contract;

import app.avenant.contract.domain.Contract;
import app.avenant.contract.domain.ContractVersionRepository;
import app.avenant.contract.domain.Membership;
import app.avenant.contract.domain.MembershipRepository;
import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.Renewal;
import app.avenant.contract.terms.Terms;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the user-facing services ({@link ContractService}, {@link ContractLifecycleService},
 * {@link ContractAccessService}) and {@link ContractsForModulesService} (for other modules) do once the caller's
 * right is settled: grant a role, read a version's terms. Checks nobody's right itself.
 */
@Component
class ContractRecords {

    private final ContractVersionRepository versions;
    private final MembershipRepository memberships;
    private final Users users;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AdoptedTerms adopted;

    ContractRecords(
            ContractVersionRepository versions,
            MembershipRepository memberships,
            Users users,
            Clock clock,
            ApplicationEventPublisher events,
            AdoptedTerms adopted) {
        this.versions = versions;
        this.adopted = adopted;
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
        memberships
                .findByContractIdAndUserId(c.id(), userId)
                .ifPresentOrElse(
                        existing -> {
                            ContractRole before = existing.role();
                            existing.changeRole(role);
                            if (before != role) {
                                events.publishEvent(
                                        new ContractEvent.RoleChanged(c.id(), userId, before, role, grantedBy));
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
            return Terms.initial(defaultHeader(c.createdAt(), clock.getZone()));
        }
        return termsOfVersion(c.id(), number);
    }

    /** An adopted version's terms (number 1 or more), read by the contract's id alone. */
    Terms termsOfVersion(UUID contractId, int number) {
        return adopted.of(
                contractId,
                number,
                () -> versions.findByContractIdAndNumber(contractId, number)
                        .orElseThrow(() -> new ContractRuleException("contract.error.version.unknown"))
                        .terms());
    }

    /**
     * The header a first draft starts from: starting on the first day of the month after the contract was
     * created, 12 months renewed tacitly by 12, 3 months' notice, 10 % at risk, no penalty cap yet. Derived
     * from the creation date rather than today so that version 0 reads the same on every day (it is the
     * base every diff of the first change request is computed against).
     */
    static ContractHeader defaultHeader(Instant createdAt, ZoneId zone) {
        LocalDate start = LocalDate.ofInstant(createdAt, zone).withDayOfMonth(1).plusMonths(1);
        return new ContractHeader(start, 12, Renewal.TACIT, 12, 3, new BigDecimal("10"), null);
    }
}
