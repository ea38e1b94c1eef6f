package app.avenant.contract;

import app.avenant.contract.domain.AccessPolicy;
import app.avenant.contract.domain.Contract;
import app.avenant.contract.domain.ContractQueries;
import app.avenant.contract.domain.ContractRepository;
import app.avenant.contract.domain.ContractVersion;
import app.avenant.contract.domain.ContractVersionRepository;
import app.avenant.contract.domain.MemberAccess;
import app.avenant.contract.domain.Membership;
import app.avenant.contract.domain.MembershipRepository;
import app.avenant.contract.domain.StatusChangeEntry;
import app.avenant.contract.domain.StatusChangeEntryRepository;
import app.avenant.contract.domain.StatusChangeQueries;
import app.avenant.contract.domain.VersionRow;
import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.NoticeDeadline;
import app.avenant.contract.terms.Renewal;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsDiff;
import app.avenant.identity.CurrentUser;
import app.avenant.identity.OrganisationKind;
import app.avenant.identity.OrganisationRef;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import app.avenant.identity.internal.UsersForModules;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements {@link Contracts}. Each public method first establishes the caller's right on the contract
 * it touches ({@link #requireMembership(UUID)}), so views cannot forget to.
 */
@Service
@Transactional(readOnly = true)
class ContractService implements Contracts {

    private final ContractRepository contracts;
    private final ContractVersionRepository versions;
    private final MembershipRepository memberships;
    private final ContractQueries queries;
    private final Users users;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final StatusChangeEntryRepository statusChanges;
    private final StatusChangeQueries statusChangeQueries;
    private final ContractRecords records;
    private final UsersForModules modulesUsers;

    ContractService(ContractRepository contracts, ContractVersionRepository versions, MembershipRepository memberships,
                    ContractQueries queries, Users users, Clock clock, ApplicationEventPublisher events,
                    StatusChangeEntryRepository statusChanges, StatusChangeQueries statusChangeQueries,
                    ContractRecords records, UsersForModules modulesUsers) {
        this.records = records;
        this.modulesUsers = modulesUsers;
        this.statusChanges = statusChanges;
        this.statusChangeQueries = statusChangeQueries;
        this.contracts = contracts;
        this.versions = versions;
        this.memberships = memberships;
        this.queries = queries;
        this.users = users;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public List<ContractSummary> myContracts(ContractFilter filter, int offset, int limit) {
        CurrentUser me = users.currentUser();
        List<Contract> page = queries.contractsOfMember(me.id(), today(), filter.status(), filter.text(), offset, limit);
        Set<UUID> counterparties = new HashSet<>();
        for (Contract c : page) {
            counterparties.add(c.counterpartyOf(c.sideOf(me.organisation().id())));
        }
        Map<UUID, OrganisationRef> names = users.organisationsByIds(counterparties);
        return page.stream().map(c -> summary(c, me, names)).toList();
    }

    @Override
    public ContractSummary summary(UUID contractId) {
        CurrentUser me = users.currentUser();
        Contract c = requireMembership(contractId).contract();
        UUID counterparty = c.counterpartyOf(c.sideOf(me.organisation().id()));
        return summary(c, me, users.organisationsByIds(Set.of(counterparty)));
    }

    private static ContractSummary summary(Contract c, CurrentUser me, Map<UUID, OrganisationRef> names) {
        UUID counterparty = c.counterpartyOf(c.sideOf(me.organisation().id()));
        return new ContractSummary(c.id(), c.reference(), c.title(), nameOf(names, counterparty), c.status(),
                c.currentVersion(), c.lastChangedAt());
    }

    @Override
    public long countMyContracts(ContractFilter filter) {
        return queries.countContractsOfMember(users.currentUser().id(), today(), filter.status(), filter.text());
    }

    @Override
    public ContractWorkspace workspace(UUID contractId) {
        Access access = requireMembership(contractId);
        Contract c = access.contract();
        CurrentUser me = access.me();
        events.publishEvent(new ContractEvent.Viewed(contractId,
                new UserRef(me.id(), me.username(), me.displayName(), me.organisation().id())));
        Terms terms = records.termsAt(c, c.currentVersion());
        Map<UUID, OrganisationRef> orgs = users.organisationsByIds(
                Set.of(c.clientOrganisationId(), c.providerOrganisationId()));
        Set<UUID> contacts = new HashSet<>();
        addIfPresent(contacts, c.contactOf(Side.CLIENT));
        addIfPresent(contacts, c.contactOf(Side.PROVIDER));
        Map<UUID, UserRef> contactNames = users.usersByIds(contacts);
        // a contract still being drafted has no term running yet: no end, no notice deadline
        NoticeDeadline.@Nullable TermWindow window = c.currentVersion() == 0 ? null
                : NoticeDeadline.current(terms.header(), LocalDate.now(clock));
        return new ContractWorkspace(c.id(), c.reference(), c.title(), c.status(),
                party(c, Side.CLIENT, orgs, contactNames), party(c, Side.PROVIDER, orgs, contactNames),
                c.currentVersion(), c.lastChangedAt(), terms, window != null ? window.termEnd() : null,
                window != null ? window.noticeDeadline() : null, access.membership().role(),
                access.isAdminOfParty());
    }

    @Override
    public List<Member> members(UUID contractId, int offset, int limit) {
        Contract c = requireMembership(contractId).contract();
        List<Membership> page = queries.members(contractId, c.contactOf(Side.CLIENT), c.contactOf(Side.PROVIDER),
                today(), offset, limit);
        Map<UUID, UserRef> people = users.usersByIds(page.stream().map(Membership::userId).toList());
        Map<UUID, OrganisationRef> orgs = users.organisationsByIds(
                Set.of(c.clientOrganisationId(), c.providerOrganisationId()));
        return page.stream()
                .map(m -> {
                    Side side = m.role().side();
                    UserRef person = people.get(m.userId());
                    return new Member(m.userId(), person != null ? person.displayName() : "?",
                            nameOf(orgs, c.organisationOf(side)), side, m.role(),
                            m.userId().equals(c.contactOf(side)), m.since());
                })
                .toList();
    }

    @Override
    public long countMembers(UUID contractId) {
        requireMembership(contractId);
        return queries.countActiveMembers(contractId, today());
    }

    @Override
    public List<VersionSummary> versions(UUID contractId, int offset, int limit) {
        requireMembership(contractId);
        return summaries(queries.versions(contractId, offset, limit));
    }

    @Override
    public long countVersions(UUID contractId) {
        requireMembership(contractId);
        return queries.countVersions(contractId);
    }

    @Override
    public List<VersionAdoption> adoptions(UUID contractId) {
        requireMembership(contractId);
        return queries.adoptions(contractId);
    }

    @Override
    public Terms termsOfVersion(UUID contractId, int versionNumber) {
        return records.termsAt(requireMembership(contractId).contract(), versionNumber);
    }

    @Override
    public VersionComparison compare(UUID contractId, int from, int to) {
        requireMembership(contractId);
        List<ContractVersion> both = queries.twoVersions(contractId, from, to);
        ContractVersion older = pick(both, from);
        ContractVersion newer = pick(both, to);
        List<VersionSummary> rows = summaries(queries.versionRows(contractId, from, to));
        VersionSummary fromRow = summaryOf(rows, from);
        VersionSummary toRow = summaryOf(rows, to);
        return new VersionComparison(fromRow, toRow, TermsDiff.between(older.terms(), newer.terms()));
    }

    @Override
    public ContractRole myRole(UUID contractId) {
        return requireMembership(contractId).membership().role();
    }

    @Override
    public VersionedTerms currentTerms(UUID contractId) {
        Contract c = requireMembership(contractId).contract();
        return new VersionedTerms(c.currentVersion(), records.termsAt(c, c.currentVersion()));
    }

    @Override
    @Transactional
    public void addMember(UUID contractId, UUID userId, ContractRole role) {
        Contract c = requirePartyAdmin(contractId);
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
        Contract c = requirePartyAdmin(contractId);
        Side mySide = c.sideOf(users.currentUser().organisation().id());
        Membership member = memberships.findByContractIdAndUserId(contractId, userId)
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
    @Transactional
    public void startPilot(UUID contractId, long volumeCap, LocalDate endDate) {
        Access access = requireOwner(contractId);
        Contract c = access.contract();
        if (c.status() != ContractStatus.DRAFT) {
            throw new ContractRuleException("contract.error.pilot.status");
        }
        if (c.currentVersion() == 0) {
            throw new ContractRuleException("contract.error.pilot.noVersion");
        }
        if (volumeCap < 1) {
            throw new ContractRuleException("contract.error.pilot.volumeCap");
        }
        if (!endDate.isAfter(LocalDate.now(clock))) {
            throw new ContractRuleException("contract.error.pilot.endDate");
        }
        Instant now = clock.instant();
        c.startPilot(volumeCap, endDate, access.me().id(), now);
        statusChanges.save(StatusChangeEntry.status(contractId, StatusChange.Kind.PILOT_STARTED,
                ContractStatus.DRAFT, ContractStatus.PILOT, null, access.me().id(), now));
    }

    @Override
    @Transactional
    public void activate(UUID contractId, @Nullable String note) {
        Access access = requireOwner(contractId);
        Contract c = access.contract();
        String blocked = activationBlocked(c);
        if (blocked != null) {
            throw new ContractRuleException(blocked);
        }
        if (note != null && note.strip().length() > StatusChangeEntry.NOTE_MAX) {
            throw new ContractRuleException("contract.error.activate.note");
        }
        Instant now = clock.instant();
        ContractStatus from = c.status();
        c.changeStatus(ContractStatus.ACTIVE, now);
        statusChanges.save(StatusChangeEntry.status(contractId, StatusChange.Kind.STATUS, from,
                ContractStatus.ACTIVE, note, access.me().id(), now));
    }

    /** Why the owner may not move the contract to active now (a message key), or null when they may. */
    private static @Nullable String activationBlocked(Contract c) {
        if (c.status() != ContractStatus.DRAFT && c.status() != ContractStatus.PILOT) {
            return "contract.error.activate.status";
        }
        if (c.currentVersion() == 0) {
            return "contract.error.activate.noVersion";
        }
        if (c.contactOf(Side.CLIENT) == null || c.contactOf(Side.PROVIDER) == null) {
            return "contract.error.activate.contactPersons";
        }
        return null;
    }

    @Override
    public PilotProgress pilotProgress(UUID contractId) {
        Contract c = requireMembership(contractId).contract();
        Terms terms = records.termsAt(c, c.currentVersion());
        LocalDate today = LocalDate.now(clock);
        @Nullable PilotTerms pilot = null;
        @Nullable Long daysLeft = null;
        Long cap = c.pilotVolumeCap();
        LocalDate end = c.pilotEndDate();
        Instant startedAt = c.pilotStartedAt();
        UUID startedBy = c.pilotStartedBy();
        Set<UUID> people = new HashSet<>();
        addIfPresent(people, startedBy);
        StatusChangeEntry activation = statusChanges.findFirstByContractIdAndKindAndToStatusOrderByChangedAtDesc(
                contractId, StatusChange.Kind.STATUS, ContractStatus.ACTIVE).orElse(null);
        if (activation != null) {
            addIfPresent(people, activation.changedBy());
        }
        Map<UUID, UserRef> names = people.isEmpty() ? Map.of() : users.usersByIds(people);
        if (cap != null && end != null && startedAt != null && startedBy != null) {
            pilot = new PilotTerms(cap, end, startedAt, displayName(names, startedBy));
            daysLeft = Math.max(0, ChronoUnit.DAYS.between(today, end));
        }
        List<PilotCheck> checklist = new ArrayList<>();
        checklist.add(new PilotCheck(PilotCheck.Item.CONTACT_PERSONS,
                c.contactOf(Side.CLIENT) != null && c.contactOf(Side.PROVIDER) != null));
        checklist.add(new PilotCheck(PilotCheck.Item.VERSION_ADOPTED, c.currentVersion() > 0));
        checklist.add(new PilotCheck(PilotCheck.Item.SCOPE_READY,
                !terms.scopeItems().isEmpty() && terms.scopeItems().stream().allMatch(ScopeItem::isReady)));
        checklist.add(new PilotCheck(PilotCheck.Item.SERVICE_LEVELS, !terms.serviceLevels().isEmpty()));
        if (end != null) {
            checklist.add(new PilotCheck(PilotCheck.Item.PILOT_OVER, !today.isBefore(end)));
        }
        return new PilotProgress(c.status(), pilot, daysLeft, List.copyOf(checklist), activationBlocked(c),
                activation != null ? toStatusChange(activation, names, Map.of()) : null);
    }

    @Override
    public List<StatusChange> statusChanges(UUID contractId, int offset, int limit) {
        requireMembership(contractId);
        List<StatusChangeEntry> page = statusChangeQueries.page(contractId, offset, limit);
        Set<UUID> people = new HashSet<>();
        for (StatusChangeEntry e : page) {
            addIfPresent(people, e.changedBy());
            addIfPresent(people, e.contactUserId());
        }
        Map<UUID, UserRef> names = people.isEmpty() ? Map.of() : users.usersByIds(people);
        return page.stream().map(e -> toStatusChange(e, names, names)).toList();
    }

    @Override
    public long countStatusChanges(UUID contractId) {
        requireMembership(contractId);
        return statusChanges.countByContractId(contractId);
    }

    private static StatusChange toStatusChange(StatusChangeEntry e, Map<UUID, UserRef> authors,
                                               Map<UUID, UserRef> contacts) {
        UUID by = e.changedBy();
        UUID contact = e.contactUserId();
        return new StatusChange(e.kind(), e.fromStatus(), e.toStatus(), e.side(),
                contact != null ? displayName(contacts, contact) : null, e.note(),
                by != null ? displayName(authors, by) : null, e.changedAt());
    }

    /** The PME's owner takes the decisions on the contract's life-cycle; other members are denied. */
    private Access requireOwner(UUID contractId) {
        Access access = requireMembership(contractId);
        if (access.membership().role() != ContractRole.CLIENT_OWNER) {
            throw new AccessDeniedException("Only the PME's owner of the contract decides its status");
        }
        return access;
    }

    @Override
    @Transactional
    public UUID createContract(NewContractRequest request) {
        CurrentUser me = users.currentUser();
        if (!me.organisationAdmin() || me.organisation().kind() != OrganisationKind.CLIENT) {
            throw new AccessDeniedException("Only an organisation admin of a PME creates contracts");
        }
        String reference = request.reference().strip();
        String title = request.title().strip();
        if (!NewContractRequest.REFERENCE_PATTERN.matcher(reference).matches()) {
            throw new ContractRuleException("contract.error.reference.invalid");
        }
        if (title.isEmpty() || title.length() > NewContractRequest.TITLE_MAX) {
            throw new ContractRuleException("contract.error.title.invalid");
        }
        OrganisationRef provider = users.organisationsByIds(Set.of(request.providerOrganisationId()))
                .get(request.providerOrganisationId());
        if (provider == null || provider.kind() != OrganisationKind.PROVIDER) {
            throw new ContractRuleException("contract.error.provider.unknown");
        }
        if (contracts.existsByReference(reference)) {
            throw new ContractRuleException("contract.error.reference.taken");
        }
        Contract c;
        try {
            // flushed now so that a concurrent creation of the same reference fails here, as a field error;
            // the returned instance is the managed one (an assigned id makes Spring Data merge, not persist)
            c = contracts.saveAndFlush(new Contract(reference, title, me.organisation().id(), provider.id(),
                    clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new ContractRuleException("contract.error.reference.taken");
        }
        records.grant(c, me.id(), ContractRole.CLIENT_OWNER, me.id());
        c.nameContactPerson(Side.CLIENT, me.id(), clock.instant());
        events.publishEvent(new ContractEvent.ContactPersonNamed(c.id(), Side.CLIENT, me.id(), me.id()));
        List<UserRef> providerAdmins = modulesUsers.organisationAdmins(provider.id());
        // the provider's admins get in to negotiate and approve the first terms; naming their contact
        // person stays their organisation's choice (the workspace flags it as missing until then)
        for (UserRef admin : providerAdmins) {
            records.grant(c, admin.id(), ContractRole.PROVIDER_MANAGER, me.id());
        }
        return c.id();
    }

    // --- access review ---

    @Override
    public List<AccessEntry> accessReview(UUID contractId, int offset, int limit) {
        Access access = requireSideOwner(contractId);
        Contract c = access.contract();
        LocalDate today = today();
        List<Membership> page = queries.members(contractId, c.contactOf(Side.CLIENT), c.contactOf(Side.PROVIDER),
                null, offset, limit);
        Map<ContractRole, Long> owners = queries.ownersByRole(contractId, today);
        Set<UUID> people = new HashSet<>();
        for (Membership m : page) {
            people.add(m.userId());
            addIfPresent(people, m.grantedBy());
            addIfPresent(people, m.certifiedBy());
        }
        Map<UUID, UserRef> names = users.usersByIds(people);
        Map<UUID, OrganisationRef> orgs = users.organisationsByIds(
                Set.of(c.clientOrganisationId(), c.providerOrganisationId()));
        Manager manager = new Manager(c, access.membership().role(), access.isAdminOfParty(), access.me());
        return page.stream().map(m -> {
            Side side = m.role().side();
            UUID grantedBy = m.grantedBy();
            UUID certifiedBy = m.certifiedBy();
            boolean lastOwner = isLastOwner(m, owners);
            boolean contact = c.isContactPerson(m.userId());
            boolean manages = manager.managesSide(side);
            return new AccessEntry(m.userId(), displayName(names, m.userId()), nameOf(orgs, c.organisationOf(side)),
                    side, m.role(), contact, m.since(), grantedBy != null ? displayName(names, grantedBy) : null,
                    m.expiresOn(), m.certifiedAt(), certifiedBy != null ? displayName(names, certifiedBy) : null,
                    AccessPolicy.state(m, c, today),
                    manages && !m.userId().equals(manager.me().id()) && !contact && !lastOwner,
                    manages && !lastOwner,
                    side == Side.PROVIDER && manager.setsProviderExpiry() && !contact && !lastOwner);
        }).toList();
    }

    @Override
    public long countAccessReview(UUID contractId) {
        requireSideOwner(contractId);
        return memberships.countByContractId(contractId);
    }

    @Override
    public java.util.Optional<RecertificationRound> recertificationRound(UUID contractId) {
        Access access = requireSideOwner(contractId);
        Contract c = access.contract();
        Instant from = c.recertificationFrom();
        LocalDate due = c.recertificationDue();
        if (from == null || due == null) {
            return java.util.Optional.empty();
        }
        Side mySide = access.membership().role().side();
        List<ContractRole> lapsable = java.util.Arrays.stream(ContractRole.values())
                .filter(r -> r.side() == mySide && !r.isOwner()).toList();
        return java.util.Optional.of(new RecertificationRound(from, due, queries.countToRecertify(c, lapsable, from, today())));
    }

    @Override
    @Transactional
    public void revokeAccess(UUID contractId, UUID userId) {
        Manager manager = requireManager(contractId);
        Membership target = memberOrRule(contractId, userId, manager);
        if (!manager.managesSide(target.role().side())) {
            throw new AccessDeniedException("Only the owner of that side or an admin of that organisation revokes");
        }
        if (userId.equals(manager.me().id())) {
            throw new ContractRuleException("access.error.revoke.self");
        }
        if (manager.contract().isContactPerson(userId)) {
            throw new ContractRuleException("access.error.revoke.contact");
        }
        if (isLastOwner(target, queries.ownersByRole(contractId, today()))) {
            throw new ContractRuleException("access.error.revoke.lastOwner");
        }
        revoke(target, manager.me().id());
    }

    @Override
    @Transactional
    public void changeRole(UUID contractId, UUID userId, ContractRole role) {
        Manager manager = requireManager(contractId);
        Membership target = memberOrRule(contractId, userId, manager);
        if (!manager.managesSide(target.role().side())) {
            throw new AccessDeniedException("Only the owner of that side or an admin of that organisation changes roles");
        }
        if (role.side() != target.role().side()) {
            throw new ContractRuleException("access.error.role.side");
        }
        ContractRole before = target.role();
        if (before == role) {
            return;
        }
        if (isLastOwner(target, queries.ownersByRole(contractId, today()))) {
            throw new ContractRuleException("access.error.role.lastOwner");
        }
        target.changeRole(role);
        events.publishEvent(new ContractEvent.RoleChanged(contractId, userId, before, role, manager.me().id()));
    }

    @Override
    @Transactional
    public void setAccessExpiry(UUID contractId, UUID userId, @Nullable LocalDate expiresOn) {
        Manager manager = requireManager(contractId);
        if (!manager.setsProviderExpiry()) {
            throw new AccessDeniedException("Only the PME's owner and the provider's manager or admins set end dates");
        }
        Membership target = memberOrRule(contractId, userId, manager);
        if (target.role().side() != Side.PROVIDER) {
            throw new ContractRuleException("access.error.expiry.side");
        }
        if (expiresOn != null) {
            if (!expiresOn.isAfter(today())) {
                throw new ContractRuleException("access.error.expiry.date");
            }
            if (manager.contract().isContactPerson(userId)) {
                throw new ContractRuleException("access.error.expiry.contact");
            }
            if (isLastOwner(target, queries.ownersByRole(contractId, today()))) {
                throw new ContractRuleException("access.error.expiry.lastOwner");
            }
        }
        target.expireOn(expiresOn);
        events.publishEvent(new ContractEvent.AccessExpirySet(contractId, userId, expiresOn, manager.me().id()));
    }

    @Override
    @Transactional
    public void certifyAccess(UUID contractId, Set<UUID> kept, Set<UUID> letGo) {
        Access access = requireSideOwner(contractId);
        Contract c = access.contract();
        Side side = access.membership().role().side();
        UUID me = access.me().id();
        List<Membership> ofSide = memberships.findByContractId(contractId).stream()
                .filter(m -> m.role().side() == side).toList();
        Set<UUID> sideMembers = new HashSet<>();
        ofSide.forEach(m -> sideMembers.add(m.userId()));
        if (!sideMembers.containsAll(kept) || !sideMembers.containsAll(letGo)
                || letGo.stream().anyMatch(kept::contains)) {
            throw new ContractRuleException("access.error.certify.notMember");
        }
        if (ofSide.stream().anyMatch(m -> letGo.contains(m.userId()) && (m.userId().equals(me)
                || m.role().isOwner() || c.isContactPerson(m.userId())))) {
            throw new ContractRuleException("access.error.certify.stays");
        }
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
        Access access = requireMembership(contractId);
        if (!access.membership().role().canEdit()) {
            throw new AccessDeniedException("Viewers do not keep the review's record");
        }
        if (due.isBefore(LocalDate.ofInstant(from, clock.getZone()))) {
            throw new ContractRuleException("access.error.recertification.due");
        }
        access.contract().openRecertification(from, due);
        events.publishEvent(new ContractEvent.RecertificationOpened(contractId, from, due, access.me().id()));
    }

    private void revoke(Membership target, UUID by) {
        memberships.delete(target);
        events.publishEvent(new ContractEvent.AccessRevoked(target.contractId(), target.userId(), target.role(), by));
    }

    /** The side's last owner (PME owner, provider manager) whose access has not ended: never removed nor demoted. */
    private static boolean isLastOwner(Membership m, Map<ContractRole, Long> owners) {
        return m.role().isOwner() && owners.getOrDefault(m.role(), 0L) <= 1;
    }

    /** The owners of both sides (PME owner, provider manager) review access; other members are denied. */
    private Access requireSideOwner(UUID contractId) {
        Access access = requireMembership(contractId);
        if (!access.membership().role().isOwner()) {
            throw new AccessDeniedException("Only the owners of both sides review access");
        }
        return access;
    }

    /**
     * Who may manage access: a member (their role says which side they own) or an organisation admin of a
     * party (their own organisation's people), member or not. Anyone else learns nothing: not found.
     */
    private Manager requireManager(UUID contractId) {
        CurrentUser me = users.currentUser();
        java.util.Optional<MemberAccess> access = queries.access(contractId, me.id(), today());
        if (access.isPresent()) {
            Contract c = access.get().contract();
            return new Manager(c, access.get().membership().role(),
                    me.organisationAdmin() && isParty(c, me.organisation().id()), me);
        }
        Contract c = contracts.findById(contractId)
                .filter(x -> me.organisationAdmin() && isParty(x, me.organisation().id()))
                .orElseThrow(() -> {
                    events.publishEvent(new ContractEvent.AccessRefused(contractId, me.id()));
                    return new ContractNotFoundException(contractId);
                });
        return new Manager(c, null, true, me);
    }

    /** The target's membership; when there is none, the caller learns it only if they manage some access. */
    private Membership memberOrRule(UUID contractId, UUID userId, Manager manager) {
        return memberships.findByContractIdAndUserId(contractId, userId).orElseThrow(() -> {
            if (!manager.managesSide(Side.CLIENT) && !manager.managesSide(Side.PROVIDER)) {
                return new AccessDeniedException("Only owners and organisation admins manage access");
            }
            return new ContractRuleException("access.error.member.unknown");
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The caller as someone who may manage access: their role on the contract (if a member) and admin rights. */
    private record Manager(Contract contract, @Nullable ContractRole role, boolean adminOfParty, CurrentUser me) {

        /** The owner of that side, or an organisation admin of that side's organisation. */
        boolean managesSide(Side side) {
            return (role != null && role == ContractRole.ownerOf(side))
                    || (adminOfParty && contract.organisationOf(side).equals(me.organisation().id()));
        }

        /** Provider members' end dates: the PME's owner too (it pays for the mission), besides the provider's. */
        boolean setsProviderExpiry() {
            return role == ContractRole.CLIENT_OWNER || managesSide(Side.PROVIDER);
        }
    }

    private Access requireMembership(UUID contractId) {
        CurrentUser me = users.currentUser();
        MemberAccess access = queries.access(contractId, me.id(), today()).orElseThrow(() -> {
            events.publishEvent(new ContractEvent.AccessRefused(contractId, me.id()));
            return new ContractNotFoundException(contractId);
        });
        boolean adminOfParty = me.organisationAdmin() && isParty(access.contract(), me.organisation().id());
        return new Access(access.contract(), access.membership(), adminOfParty, me);
    }

    /**
     * An organisation admin manages the access of their own organisation's people to the contracts their
     * organisation is party to. Anyone else learns nothing: not found for outsiders, denied for insiders.
     */
    private Contract requirePartyAdmin(UUID contractId) {
        CurrentUser me = users.currentUser();
        Contract contract = contracts.findById(contractId)
                .filter(c -> isParty(c, me.organisation().id()))
                .orElseThrow(() -> {
                    events.publishEvent(new ContractEvent.AccessRefused(contractId, me.id()));
                    return new ContractNotFoundException(contractId);
                });
        if (!me.organisationAdmin()) {
            throw new AccessDeniedException("Only an organisation admin manages members");
        }
        return contract;
    }

    private static boolean isParty(Contract c, UUID organisationId) {
        return organisationId.equals(c.clientOrganisationId()) || organisationId.equals(c.providerOrganisationId());
    }

    /**
     * The header a first draft starts from: starting on the first day of the month after the contract was
     * created, 12 months renewed tacitly by 12, 3 months' notice, 10 % at risk, no penalty cap yet. Derived
     * from the creation date rather than today so that version 0 reads the same on every day (it is the
     * base every diff of the first change request is computed against).
     */
    static ContractHeader defaultHeader(Instant createdAt, java.time.ZoneId zone) {
        LocalDate start = LocalDate.ofInstant(createdAt, zone).withDayOfMonth(1).plusMonths(1);
        return new ContractHeader(start, 12, Renewal.TACIT, 12, 3, new BigDecimal("10"), BigDecimal.ZERO);
    }

    private static ContractVersion pick(List<ContractVersion> versions, int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new ContractRuleException("contract.error.version.unknown"));
    }

    private static VersionSummary summaryOf(List<VersionSummary> rows, int number) {
        return rows.stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> new ContractRuleException("contract.error.version.unknown"));
    }

    private List<VersionSummary> summaries(List<VersionRow> rows) {
        Set<UUID> approvers = new HashSet<>();
        for (VersionRow row : rows) {
            approvers.add(row.clientApproverId());
            approvers.add(row.providerApproverId());
        }
        Map<UUID, UserRef> names = users.usersByIds(approvers);
        return rows.stream()
                .map(r -> new VersionSummary(r.number(), r.adoptedAt(), r.summary(),
                        displayName(names, r.clientApproverId()), displayName(names, r.providerApproverId())))
                .toList();
    }

    private static Party party(Contract c, Side side, Map<UUID, OrganisationRef> orgs, Map<UUID, UserRef> contacts) {
        UUID contact = c.contactOf(side);
        UserRef person = contact != null ? contacts.get(contact) : null;
        return new Party(side, c.organisationOf(side), nameOf(orgs, c.organisationOf(side)), contact,
                person != null ? person.displayName() : null);
    }

    private static String nameOf(Map<UUID, OrganisationRef> orgs, UUID id) {
        OrganisationRef org = orgs.get(id);
        return org != null ? org.name() : "?";
    }

    private static String displayName(Map<UUID, UserRef> users, UUID id) {
        UserRef user = users.get(id);
        return user != null ? user.displayName() : "?";
    }

    private static void addIfPresent(Set<UUID> ids, @Nullable UUID id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private record Access(Contract contract, Membership membership, boolean isAdminOfParty, CurrentUser me) {
    }}
