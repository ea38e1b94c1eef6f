package app.avenant.contract;

import static app.avenant.contract.Names.addIfPresent;
import static app.avenant.contract.Names.displayName;
import static app.avenant.contract.Names.nameOf;

import app.avenant.contract.ContractGuard.Access;
import app.avenant.contract.ContractGuard.Manager;
import app.avenant.contract.domain.AccessPolicy;
import app.avenant.contract.domain.Contract;
import app.avenant.contract.domain.ContractQueries;
import app.avenant.contract.domain.Membership;
import app.avenant.contract.domain.MembershipRepository;
import app.avenant.contract.domain.MembershipRules;
import app.avenant.contract.domain.StatusChangeEntry;
import app.avenant.contract.domain.StatusChangeEntryRepository;
import app.avenant.identity.CurrentUser;
import app.avenant.identity.OrganisationRef;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements {@link ContractAccess}. Each public method first establishes who the caller is on that contract
 * through {@link ContractGuard} (a member, an owner of a side, an admin of a party), then whether they act on
 * that side here; what may be done to the member concerned is {@link MembershipRules}'.
 */
@Service
@Transactional(readOnly = true)
class ContractAccessService implements ContractAccess {

    private final ContractGuard guard;
    private final MembershipRepository memberships;
    private final ContractQueries queries;
    private final StatusChangeEntryRepository statusChanges;
    private final ContractRecords records;
    private final Users users;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ContractAccessService(
            ContractGuard guard,
            MembershipRepository memberships,
            ContractQueries queries,
            StatusChangeEntryRepository statusChanges,
            ContractRecords records,
            Users users,
            Clock clock,
            ApplicationEventPublisher events) {
        this.guard = guard;
        this.memberships = memberships;
        this.queries = queries;
        this.statusChanges = statusChanges;
        this.records = records;
        this.users = users;
        this.clock = clock;
        this.events = events;
    }

    @Override
    @Transactional
    public void addMember(UUID contractId, UUID userId, ContractRole role) {
        Contract c = guard.requirePartyAdmin(contractId);
        requireNotEnded(c);
        CurrentUser me = users.currentUser();
        Side mySide = c.sideOf(me.organisation().id());
        if (role.side() != mySide) {
            throw new ContractRuleException("contract.error.role.side");
        }
        UserRef user = users.usersByIds(Set.of(userId)).get(userId);
        if (user == null || !user.organisationId().equals(me.organisation().id())) {
            throw new ContractRuleException("contract.error.member.organisation");
        }
        if (memberships.findByContractIdAndUserId(contractId, userId).isPresent()) {
            throw new ContractRuleException("contract.error.member.already");
        }
        records.grant(c, userId, role, me.id());
    }

    @Override
    @Transactional
    public void nameContactPerson(UUID contractId, UUID userId) {
        Contract c = guard.requirePartyAdmin(contractId);
        requireNotEnded(c);
        Side mySide = c.sideOf(users.currentUser().organisation().id());
        Membership member = memberships
                .findByContractIdAndUserId(contractId, userId)
                .filter(m -> m.role().side() == mySide)
                .orElseThrow(() -> new ContractRuleException("contract.error.contact.notMember"));
        if (member.userId().equals(c.contactOf(mySide))) {
            return; // already their side's contact person: nothing changes, nobody is told of a "new" one
        }
        c.nameContactPerson(mySide, member.userId(), clock.instant());
        UUID me = users.currentUser().id();
        // kept in the contract's own history too, so both sides see who changed their counterpart and when
        statusChanges.save(StatusChangeEntry.contactPerson(contractId, mySide, member.userId(), me, clock.instant()));
        events.publishEvent(new ContractEvent.ContactPersonNamed(contractId, mySide, member.userId(), me));
    }

    @Override
    public List<AccessEntry> accessReview(UUID contractId, int offset, int limit) {
        Access access = guard.requireSideOwnerToRead(contractId);
        Contract c = access.contract();
        LocalDate today = today();
        List<Membership> page =
                queries.members(contractId, c.contactOf(Side.CLIENT), c.contactOf(Side.PROVIDER), null, offset, limit);
        MembershipRules rules = new MembershipRules(c, ownersByRole(contractId, today));
        Set<UUID> people = new HashSet<>();
        for (Membership m : page) {
            people.add(m.userId());
            addIfPresent(people, m.grantedBy());
            addIfPresent(people, m.certifiedBy());
        }
        Map<UUID, UserRef> names = users.usersByIds(people);
        Map<UUID, OrganisationRef> orgs =
                users.organisationsByIds(Set.of(c.clientOrganisationId(), c.providerOrganisationId()));
        Manager manager = new Manager(c, access.membership().role(), access.isAdminOfParty(), access.me());
        return page.stream()
                .map(m -> {
                    Side side = m.role().side();
                    UUID grantedBy = m.grantedBy();
                    UUID certifiedBy = m.certifiedBy();
                    boolean manages = manager.managesSide(side);
                    return new AccessEntry(
                            m.userId(),
                            displayName(names, m.userId()),
                            nameOf(orgs, c.organisationOf(side)),
                            side,
                            m.role(),
                            c.isContactPerson(m.userId()),
                            m.since(),
                            grantedBy != null ? displayName(names, grantedBy) : null,
                            m.expiresOn(),
                            m.certifiedAt(),
                            certifiedBy != null ? displayName(names, certifiedBy) : null,
                            AccessPolicy.state(m, c, today),
                            manages && rules.mayRevoke(m, manager.me().id()),
                            manages && rules.mayChangeRole(m),
                            manager.setsProviderExpiry() && rules.maySetExpiry(m));
                })
                .toList();
    }

    /**
     * The owners whose access has not expired, by role: from the active members the access check read in this
     * request when it did (every unexpired owner gives access), else counted by the database.
     */
    private Map<ContractRole, Long> ownersByRole(UUID contractId, LocalDate today) {
        List<Membership> active = RoleMemo.knownMembers(contractId, today);
        if (active == null) {
            return queries.ownersByRole(contractId, today);
        }
        Map<ContractRole, Long> counts = new EnumMap<>(ContractRole.class);
        active.stream()
                .filter(m -> m.role().isOwner())
                .filter(m -> m.expiresOn() == null || m.expiresOn().isAfter(today))
                .forEach(m -> counts.merge(m.role(), 1L, Long::sum));
        return counts;
    }

    @Override
    public long countAccessReview(UUID contractId) {
        guard.requireSideOwnerToRead(contractId);
        return memberships.countByContractId(contractId);
    }

    @Override
    public Optional<RecertificationRound> recertificationRound(UUID contractId) {
        Access access = guard.requireSideOwnerToRead(contractId);
        Contract c = access.contract();
        Instant from = c.recertificationFrom();
        LocalDate due = c.recertificationDue();
        if (from == null || due == null) {
            return Optional.empty();
        }
        Side mySide = access.membership().role().side();
        List<ContractRole> lapsable = Arrays.stream(ContractRole.values())
                .filter(r -> r.side() == mySide && !r.isOwner())
                .toList();
        return Optional.of(new RecertificationRound(from, due, queries.countToRecertify(c, lapsable, from, today())));
    }

    @Override
    @Transactional
    public void revokeAccess(UUID contractId, UUID userId) {
        Manager manager = guard.requireManager(contractId);
        Membership target = memberOrRule(contractId, userId, manager);
        if (!manager.managesSide(target.role().side())) {
            throw new AccessDeniedException("Only the owner of that side or an admin of that organisation revokes");
        }
        rules(manager.contract()).checkRevoke(target, manager.me().id());
        revoke(target, manager.me().id());
    }

    @Override
    @Transactional
    public void changeRole(UUID contractId, UUID userId, ContractRole role) {
        Manager manager = guard.requireManager(contractId);
        Membership target = memberOrRule(contractId, userId, manager);
        if (!manager.managesSide(target.role().side())) {
            throw new AccessDeniedException(
                    "Only the owner of that side or an admin of that organisation changes roles");
        }
        rules(manager.contract()).checkRoleChange(target, role);
        ContractRole before = target.role();
        if (before == role) {
            return;
        }
        target.changeRole(role);
        events.publishEvent(new ContractEvent.RoleChanged(
                contractId, userId, before, role, manager.me().id()));
    }

    @Override
    @Transactional
    public void setAccessExpiry(UUID contractId, UUID userId, @Nullable LocalDate expiresOn) {
        Manager manager = guard.requireManager(contractId);
        if (!manager.setsProviderExpiry()) {
            throw new AccessDeniedException("Only the PME's owner and the provider's manager or admins set end dates");
        }
        Membership target = memberOrRule(contractId, userId, manager);
        rules(manager.contract()).checkExpiry(target, expiresOn, today());
        target.expireOn(expiresOn);
        events.publishEvent(new ContractEvent.AccessExpirySet(
                contractId, userId, expiresOn, manager.me().id()));
    }

    @Override
    @Transactional
    public void certifyAccess(UUID contractId, Set<UUID> kept, Set<UUID> letGo) {
        Access access = guard.requireSideOwner(contractId);
        Contract c = access.contract();
        Side side = access.membership().role().side();
        UUID me = access.me().id();
        List<Membership> ofSide = memberships.findByContractId(contractId).stream()
                .filter(m -> m.role().side() == side)
                .toList();
        rules(c).checkCertification(side, ofSide, kept, letGo, me);
        Instant now = clock.instant();
        int confirmed = 0;
        int revoked = 0;
        for (Membership m : ofSide) {
            if (kept.contains(m.userId())) {
                m.certify(me, now);
                confirmed++;
            } else if (letGo.contains(m.userId())) {
                revoke(m, me);
                revoked++;
            }
        }
        events.publishEvent(new ContractEvent.AccessCertified(contractId, side, confirmed, revoked, me));
    }

    @Override
    @Transactional
    public void openRecertification(UUID contractId, Instant from, LocalDate due) {
        Access access = guard.requireMembership(contractId);
        if (!access.membership().role().canEdit()) {
            throw new AccessDeniedException("Viewers do not keep the review's record");
        }
        access.contract().openRecertification(from, due, clock.getZone());
        events.publishEvent(new ContractEvent.RecertificationOpened(
                contractId, from, due, access.me().id()));
    }

    /** An ended contract takes no new member and no new contact person (its accesses may still be revoked). */
    private static void requireNotEnded(Contract c) {
        if (c.isEnded()) {
            throw new ContractRuleException("contract.error.ended");
        }
    }

    private void revoke(Membership target, UUID by) {
        memberships.delete(target);
        events.publishEvent(new ContractEvent.AccessRevoked(target.contractId(), target.userId(), target.role(), by));
    }

    /** The target's membership; when there is none, the caller learns it only if they manage some access. */
    private Membership memberOrRule(UUID contractId, UUID userId, Manager manager) {
        return memberships.findByContractIdAndUserId(contractId, userId).orElseThrow(() -> {
            if (!manager.managesSomeSide()) {
                return new AccessDeniedException("Only owners and organisation admins manage access");
            }
            return new ContractRuleException("access.error.member.unknown");
        });
    }

    private MembershipRules rules(Contract c) {
        return new MembershipRules(c, queries.ownersByRole(c.id(), today()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
