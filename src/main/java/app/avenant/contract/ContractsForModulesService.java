package app.avenant.contract;

import app.avenant.contract.domain.Contract;
import app.avenant.contract.domain.ContractQueries;
import app.avenant.contract.domain.ContractRepository;
import app.avenant.contract.domain.ContractVersion;
import app.avenant.contract.domain.ContractVersionRepository;
import app.avenant.contract.domain.Membership;
import app.avenant.contract.domain.MembershipRepository;
import app.avenant.contract.internal.ContractsForModules;
import app.avenant.contract.terms.Terms;
import app.avenant.shared.RequestMemo;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements {@link ContractsForModules}: no user's right is checked, the module's walls keep users out
 * (only services of modules allowed {@code "contract :: internal"} can reach it).
 */
@Service
@Transactional(readOnly = true)
class ContractsForModulesService implements ContractsForModules {

    private final ContractRepository contracts;
    private final ContractVersionRepository versions;
    private final MembershipRepository memberships;
    private final ContractQueries queries;
    private final ContractRecords records;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    /** How long a person's action waits for a contract's row lock before "busy, try again" (MariaDB: 50 s). */
    private static final Map<String, Object> LOCK_WAIT = Map.of("jakarta.persistence.lock.timeout", 3000);

    private static final String ADOPTIONS = "contract.adoptions";
    private static final String VERSION_TERMS = "contract.version-terms";

    /** The adoptions of the contracts recently shown (a few dozen bytes per version). */
    private final StampedByContract<UUID, List<VersionAdoption>> adopted = new StampedByContract<>(1_000);

    @PersistenceContext
    private EntityManager em;

    ContractsForModulesService(
            ContractRepository contracts,
            ContractVersionRepository versions,
            MembershipRepository memberships,
            ContractQueries queries,
            ContractRecords records,
            Clock clock,
            ApplicationEventPublisher events) {
        this.contracts = contracts;
        this.versions = versions;
        this.memberships = memberships;
        this.queries = queries;
        this.records = records;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional
    public UUID openContract(NewContract contract) {
        if (contracts.existsByReference(contract.reference().strip())) {
            throw new ContractRuleException("contract.error.reference.taken");
        }
        Contract c = new Contract(
                contract.reference(),
                contract.title(),
                contract.clientOrganisationId(),
                contract.providerOrganisationId(),
                clock.instant());
        contracts.save(c);
        return c.id();
    }

    @Override
    @Transactional
    public void setStatus(UUID contractId, ContractStatus status) {
        find(contractId).bringInAs(status, clock.instant());
    }

    @Override
    @Transactional
    public void enrol(UUID contractId, UUID userId, ContractRole role, boolean contactPerson) {
        Contract c = find(contractId);
        records.grant(c, userId, role, null);
        if (contactPerson) {
            c.nameContactPerson(role.side(), userId, clock.instant());
            events.publishEvent(new ContractEvent.ContactPersonNamed(contractId, role.side(), userId, null));
        }
    }

    @Override
    @Transactional
    public VersionedTerms currentTermsForUpdate(UUID contractId) {
        Contract c = lockedContract(contractId);
        return new VersionedTerms(c.currentVersion(), records.termsAt(c, c.currentVersion()));
    }

    @Override
    public VersionedTerms currentTerms(UUID contractId) {
        Contract c = find(contractId);
        return new VersionedTerms(c.currentVersion(), records.termsAt(c, c.currentVersion()));
    }

    @Override
    public Optional<UUID> contractOfParty(UUID organisationId, String reference) {
        return contracts.findIdOfParty(organisationId, reference);
    }

    @Override
    public Map<UUID, Name> names(Collection<UUID> contractIds) {
        Map<UUID, Name> names = new HashMap<>();
        if (!contractIds.isEmpty()) {
            contracts
                    .findAllById(Set.copyOf(contractIds))
                    .forEach(c -> names.put(c.id(), new Name(c.reference(), c.title())));
        }
        return names;
    }

    @Override
    public Map<UUID, ContractRole> memberRoles(UUID contractId) {
        Map<UUID, ContractRole> roles = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (Membership m : RoleMemo.members(contractId, today, () -> queries.activeMembers(contractId, today))) {
            roles.put(m.userId(), m.role());
        }
        return roles;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, ContractRole> rolesOf(UUID userId) {
        Map<UUID, ContractRole> roles = new HashMap<>();
        for (Membership m : queries.activeMembershipsOf(userId, LocalDate.now(clock))) {
            roles.put(m.contractId(), m.role());
        }
        return roles;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, ContractRole> rolesOf(UUID userId, java.util.Collection<UUID> contractIds) {
        Map<UUID, ContractRole> roles = new HashMap<>();
        for (Membership m : queries.activeMembershipsOf(userId, contractIds, LocalDate.now(clock))) {
            roles.put(m.contractId(), m.role());
        }
        return roles;
    }

    @Override
    @Transactional
    public int adoptVersion(UUID contractId, Terms terms, String summary, Approval client, Approval provider) {
        Contract c = lockedContract(contractId);
        requireApprovers(contractId, client.userId(), provider.userId());
        // A version is born when the second side approves.
        Instant adoptedAt =
                client.approvedAt().isAfter(provider.approvedAt()) ? client.approvedAt() : provider.approvedAt();
        ContractVersion version = c.adopt(terms, summary, client, provider, adoptedAt);
        versions.save(version);
        RequestMemo.forget(ADOPTIONS);
        return version.number();
    }

    @Override
    public List<ContractDeadlineView> renewalWatch(int offset, int limit) {
        return versions.currentVersions(List.of(ContractStatus.ACTIVE, ContractStatus.PILOT), offset, limit).stream()
                .map(row -> new ContractDeadlineView(
                        row.contract().id(),
                        row.contract().reference(),
                        row.contract().status(),
                        row.version().terms().header(),
                        row.contract().contactOf(Side.CLIENT),
                        row.contract().contactOf(Side.PROVIDER)))
                .toList();
    }

    @Override
    public List<VersionAdoption> adoptions(UUID contractId) {
        // a statement screen prices its months, its ledger and its suggestions with them: read once per request
        // (no check that the contract exists: callers got its id from a service that checked their right on it)
        return RequestMemo.get(ADOPTIONS, contractId, () -> {
            // versions once adopted never change, and a new one moves the contract's version in force: when this
            // request's access check read the contract, what this server read under the same version is still true
            Contract known = RoleMemo.knownContract(contractId);
            return known == null
                    ? queries.adoptions(contractId)
                    : adopted.get(contractId, known.currentVersion(), () -> List.copyOf(queries.adoptions(contractId)));
        });
    }

    @Override
    public Terms termsOfVersion(UUID contractId, int versionNumber) {
        // a version never changes once adopted: a request that prices several months reads it once
        return RequestMemo.get(
                VERSION_TERMS,
                List.of(contractId, versionNumber),
                () -> versionNumber == 0
                        ? records.termsAt(find(contractId), 0) // version 0 is derived from the contract itself
                        : records.termsOfVersion(contractId, versionNumber));
    }

    @Override
    public Map<Integer, Terms> termsOfVersions(UUID contractId, int from, int to) {
        Map<Integer, Terms> terms = new HashMap<>();
        versions.findByContractIdAndNumberBetween(contractId, from, to)
                .forEach(version -> terms.put(version.number(), version.terms()));
        return terms;
    }

    private Contract find(UUID contractId) {
        return contracts.findById(contractId).orElseThrow(() -> new ContractNotFoundException(contractId));
    }

    /** Both approvers in one query: each must still hold a role that approves for their side. */
    private void requireApprovers(UUID contractId, UUID clientApprover, UUID providerApprover) {
        List<Membership> found =
                memberships.findByContractIdAndUserIdIn(contractId, Set.of(clientApprover, providerApprover));
        if (!approves(found, clientApprover, Side.CLIENT) || !approves(found, providerApprover, Side.PROVIDER)) {
            throw new ContractRuleException("contract.error.approver");
        }
    }

    private static boolean approves(List<Membership> found, UUID userId, Side side) {
        return found.stream()
                .anyMatch(m -> m.userId().equals(userId)
                        && m.role().side() == side
                        && m.role().canApprove());
    }

    /**
     * The contract's row, locked (3 s at most, then "busy, try again": MariaDB would wait 50 s), so that adopting a
     * version never builds on a version someone else just replaced: read with its lock when this transaction has not locked it yet,
     * else the entity already held (acceptance locks it to read the terms in force, then adopts the next version).
     */
    private Contract lockedContract(UUID contractId) {
        Contract c;
        try {
            c = em.find(Contract.class, contractId, LockModeType.PESSIMISTIC_WRITE, LOCK_WAIT);
        } catch (PersistenceException e) {
            // as a repository would: a lock not had in time becomes Spring's "pessimistic locking failure"
            throw Objects.requireNonNullElse(EntityManagerFactoryUtils.convertJpaAccessExceptionIfPossible(e), e);
        }
        if (c == null) {
            throw new ContractNotFoundException(contractId);
        }
        return c;
    }

    @Override
    @Transactional(readOnly = true)
    public Parties parties(UUID contractId) {
        Contract c = contracts.findById(contractId).orElseThrow(() -> new ContractNotFoundException(contractId));
        return new Parties(c.reference(), c.clientOrganisationId(), c.providerOrganisationId());
    }
}
