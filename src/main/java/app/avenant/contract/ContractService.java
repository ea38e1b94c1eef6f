package app.avenant.contract;

import static app.avenant.contract.Names.addIfPresent;
import static app.avenant.contract.Names.displayName;
import static app.avenant.contract.Names.nameOf;

import app.avenant.contract.ContractGuard.Access;
import app.avenant.contract.domain.Contract;
import app.avenant.contract.domain.ContractQueries;
import app.avenant.contract.domain.ContractVersion;
import app.avenant.contract.domain.ContractVersionRepository;
import app.avenant.contract.domain.CurrentVersionRow;
import app.avenant.contract.domain.Membership;
import app.avenant.contract.domain.VersionRow;
import app.avenant.contract.terms.NoticeDeadline;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.TermsDiff;
import app.avenant.identity.CurrentUser;
import app.avenant.identity.OrganisationRef;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import app.avenant.identity.internal.UsersForModules;
import app.avenant.shared.RequestMemo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements {@link Contracts}: reads only. Each public method first establishes the caller's right on the
 * contract it touches through {@link ContractGuard}, so views cannot forget to.
 */
@Service
@Transactional(readOnly = true)
class ContractService implements Contracts {

    private final ContractGuard guard;
    private final ContractQueries queries;
    private final ContractRecords records;
    private final ContractVersionRepository versions;
    private final Users users;
    private final UsersForModules modulesUsers;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ContractService(
            ContractGuard guard,
            ContractQueries queries,
            ContractRecords records,
            ContractVersionRepository versions,
            Users users,
            UsersForModules modulesUsers,
            Clock clock,
            ApplicationEventPublisher events) {
        this.guard = guard;
        this.queries = queries;
        this.records = records;
        this.versions = versions;
        this.users = users;
        this.modulesUsers = modulesUsers;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public List<ContractSummary> myContracts(ContractFilter filter, int offset, int limit) {
        return myContractsPuttingFirst(filter, List.of(), offset, limit);
    }

    @Override
    public List<ContractSummary> myContractsPuttingFirst(
            ContractFilter filter, java.util.Collection<UUID> first, int offset, int limit) {
        CurrentUser me = users.currentUser();
        List<Contract> page = queries.contractsOfMember(me.id(), today(), search(filter), first, offset, limit);
        Set<UUID> counterparties = new HashSet<>();
        for (Contract c : page) {
            counterparties.add(c.counterpartyOf(c.sideOf(me.organisation().id())));
        }
        Map<UUID, OrganisationRef> names = users.organisationsByIds(counterparties);
        return page.stream().map(c -> summary(c, me, names)).toList();
    }

    @Override
    public Set<UUID> myContractIds(int limit) {
        CurrentUser me = users.currentUser();
        LocalDate today = today();
        return RoleMemo.myContractIds(
                me.id(), limit, today, () -> Set.copyOf(queries.idsOfContractsOfMember(me.id(), today, limit)));
    }

    @Override
    public ContractSummary summary(UUID contractId) {
        CurrentUser me = users.currentUser();
        Contract c = guard.requireMembershipToRead(contractId).contract();
        UUID counterparty = c.counterpartyOf(c.sideOf(me.organisation().id()));
        return summary(c, me, users.organisationsByIds(Set.of(counterparty)));
    }

    private static ContractSummary summary(Contract c, CurrentUser me, Map<UUID, OrganisationRef> names) {
        UUID counterparty = c.counterpartyOf(c.sideOf(me.organisation().id()));
        return new ContractSummary(
                c.id(),
                c.reference(),
                c.title(),
                nameOf(names, counterparty),
                c.status(),
                c.currentVersion(),
                c.lastChangedAt());
    }

    @Override
    public long countMyContracts(ContractFilter filter) {
        return queries.countContractsOfMember(users.currentUser().id(), today(), search(filter));
    }

    @Override
    public ContractWorkspace workspace(UUID contractId) {
        Access access = guard.requireMembershipToRead(contractId);
        Contract c = access.contract();
        CurrentUser me = access.me();
        events.publishEvent(new ContractEvent.Viewed(
                contractId,
                new UserRef(
                        me.id(),
                        me.username(),
                        me.displayName(),
                        me.organisation().id())));
        Terms terms = records.termsAt(c, c.currentVersion());
        ContractParties parties = ContractParties.of(c, users);
        // a contract still being drafted has no term running yet: no end, no notice deadline
        NoticeDeadline.@Nullable TermWindow window =
                c.currentVersion() == 0 ? null : NoticeDeadline.current(terms.header(), LocalDate.now(clock));
        return new ContractWorkspace(
                c.id(),
                c.reference(),
                c.title(),
                c.status(),
                parties.client(),
                parties.provider(),
                c.currentVersion(),
                c.lastChangedAt(),
                terms,
                window != null ? window.termEnd() : null,
                window != null ? window.noticeDeadline() : null,
                access.membership().role(),
                access.isAdminOfParty());
    }

    @Override
    public List<Member> members(UUID contractId, int offset, int limit) {
        Contract c = guard.requireMembershipToRead(contractId).contract();
        List<Membership> page = wholeListKnown(c, offset, limit)
                .orElseGet(() -> queries.members(
                        contractId, c.contactOf(Side.CLIENT), c.contactOf(Side.PROVIDER), today(), offset, limit));
        Map<UUID, UserRef> people =
                users.usersByIds(page.stream().map(Membership::userId).toList());
        Map<UUID, OrganisationRef> orgs =
                users.organisationsByIds(Set.of(c.clientOrganisationId(), c.providerOrganisationId()));
        return page.stream()
                .map(m -> {
                    Side side = m.role().side();
                    UserRef person = people.get(m.userId());
                    return new Member(
                            m.userId(),
                            person != null ? person.displayName() : "?",
                            nameOf(orgs, c.organisationOf(side)),
                            side,
                            m.role(),
                            m.userId().equals(c.contactOf(side)),
                            m.since());
                })
                .toList();
    }

    /**
     * The whole list of members when it fits in the page asked, from what the access check read in this request
     * (issue 13, point 4), in the order of the query below: the contacts first, then by role, then by seniority.
     */
    private Optional<List<Membership>> wholeListKnown(Contract c, int offset, int limit) {
        List<Membership> known = RoleMemo.knownMembers(c.id(), today());
        if (known == null || offset != 0 || known.size() > limit) {
            return Optional.empty();
        }
        Set<UUID> contacts = new HashSet<>();
        addIfPresent(contacts, c.contactOf(Side.CLIENT));
        addIfPresent(contacts, c.contactOf(Side.PROVIDER));
        return Optional.of(known.stream()
                .sorted(Comparator.comparing((Membership m) -> !contacts.contains(m.userId()))
                        .thenComparing(m -> m.role().name())
                        .thenComparing(Membership::since)
                        .thenComparing(m -> m.id().toString()))
                .toList());
    }

    @Override
    public long countMembers(UUID contractId) {
        guard.requireMembershipToRead(contractId);
        List<Membership> known = RoleMemo.knownMembers(contractId, today());
        return known != null ? known.size() : queries.countActiveMembers(contractId, today());
    }

    @Override
    public List<VersionSummary> versions(UUID contractId, int offset, int limit) {
        guard.requireMembershipToRead(contractId);
        return summaries(queries.versions(contractId, offset, limit));
    }

    @Override
    public long countVersions(UUID contractId) {
        // versions are numbered 1, 2, 3… as they are adopted (Contract#adopt): their count is the version in force,
        // on the contract row the access check has just read
        return guard.requireMembershipToRead(contractId).contract().currentVersion();
    }

    @Override
    public List<VersionAdoption> adoptions(UUID contractId) {
        guard.requireMembershipToRead(contractId);
        return queries.adoptions(contractId);
    }

    @Override
    public Terms termsOfVersion(UUID contractId, int versionNumber) {
        return records.termsAt(guard.requireMembershipToRead(contractId).contract(), versionNumber);
    }

    @Override
    public VersionComparison compare(UUID contractId, int from, int to) {
        guard.requireMembershipToRead(contractId);
        List<ContractVersion> both = queries.twoVersions(contractId, from, to);
        ContractVersion older = pick(both, from);
        ContractVersion newer = pick(both, to);
        // the rows of the two versions just read: reading them again without their terms would only cost a statement
        List<VersionSummary> rows = summaries(both.stream()
                .map(v -> new VersionRow(
                        v.number(), v.adoptedAt(), v.summary(), v.clientApproverId(), v.providerApproverId()))
                .toList());
        VersionSummary fromRow = summaryOf(rows, from);
        VersionSummary toRow = summaryOf(rows, to);
        return new VersionComparison(fromRow, toRow, TermsDiff.between(older.terms(), newer.terms()));
    }

    /**
     * Asked by nearly every service call of another module (a change request's page asks it for each of its
     * parts): answered once per request and person ({@link app.avenant.shared.RequestMemo}, forgotten when a
     * membership changes: {@link RoleMemo}). A refusal is never remembered: it is asked, and audited, each time.
     */
    @Override
    public ContractRole myRole(UUID contractId) {
        return RoleMemo.get(users.currentUsername().orElse(""), contractId, LocalDate.now(clock), () -> {
            Access access = guard.requireMembershipToRead(contractId);
            ContractRole role = access.membership().role();
            // an ended contract is read-only for everyone: every module asks this role before a write
            // (decision 0047); the exit checklist is ticked through ContractLifecycle, by the real role
            return access.contract().isEnded() ? ContractRole.defaultFor(role.side()) : role;
        });
    }

    @Override
    public List<PilotDue> myPilotsEnding(int days) {
        return queries.pilotsEndingBy(myContractIds(500), today().plusDays(days)).stream()
                .map(c -> new PilotDue(
                        c.id(), c.reference(), c.title(), java.util.Objects.requireNonNull(c.pilotEndDate())))
                .toList();
    }

    @Override
    public List<NoticeDue> myNoticeDeadlines(int days) {
        LocalDate today = today();
        Set<UUID> mine = myContractIds(500);
        if (mine.isEmpty()) {
            return List.of();
        }
        List<NoticeDue> due = new java.util.ArrayList<>();
        for (CurrentVersionRow row :
                versions.currentVersionsOf(mine, List.of(ContractStatus.PILOT, ContractStatus.ACTIVE))) {
            var header = row.version().terms().header();
            LocalDate deadline = NoticeDeadline.current(header, today).noticeDeadline();
            if (!deadline.isBefore(today) && !deadline.isAfter(today.plusDays(days))) {
                Contract c = row.contract();
                due.add(new NoticeDue(c.id(), c.reference(), c.title(), deadline, header.renewal()));
            }
        }
        due.sort(java.util.Comparator.comparing(NoticeDue::deadline));
        return due;
    }

    @Override
    public List<OrganisationRef> myCounterparties() {
        CurrentUser me = users.currentUser();
        List<UUID> ids = queries.counterpartiesOfMember(
                me.id(), today(), me.organisation().id());
        return users.organisationsByIds(ids).values().stream()
                .sorted(java.util.Comparator.comparing(OrganisationRef::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * The filter as the query reads it: the organisations named like the text, read once per request for the count
     * and the page that follow each other.
     */
    private ContractQueries.Search search(ContractFilter filter) {
        List<UUID> named = filter.text().isBlank()
                ? List.of()
                : RequestMemo.get(
                        "contract.search.named",
                        filter.text().strip(),
                        () -> modulesUsers.organisationsNamedLike(filter.text()));
        return new ContractQueries.Search(filter.status(), filter.text(), filter.counterparty(), named);
    }

    @Override
    public ContractRole myGrantedRole(UUID contractId) {
        return guard.requireMembershipToRead(contractId).membership().role();
    }

    @Override
    public VersionedTerms currentTerms(UUID contractId) {
        Contract c = guard.requireMembershipToRead(contractId).contract();
        return new VersionedTerms(c.currentVersion(), records.termsAt(c, c.currentVersion()));
    }

    private static ContractVersion pick(List<ContractVersion> versions, int number) {
        return versions.stream()
                .filter(v -> v.number() == number)
                .findFirst()
                .orElseThrow(() -> new ContractRuleException("contract.error.version.unknown"));
    }

    private static VersionSummary summaryOf(List<VersionSummary> rows, int number) {
        return rows.stream()
                .filter(r -> r.number() == number)
                .findFirst()
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
                .map(r -> new VersionSummary(
                        r.number(),
                        r.adoptedAt(),
                        r.summary(),
                        displayName(names, r.clientApproverId()),
                        displayName(names, r.providerApproverId())))
                .toList();
    }

    static Party party(Contract c, Side side, Map<UUID, OrganisationRef> orgs, Map<UUID, UserRef> contacts) {
        UUID contact = c.contactOf(side);
        UserRef person = contact != null ? contacts.get(contact) : null;
        return new Party(
                side,
                c.organisationOf(side),
                nameOf(orgs, c.organisationOf(side)),
                contact,
                person != null ? person.displayName() : null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
