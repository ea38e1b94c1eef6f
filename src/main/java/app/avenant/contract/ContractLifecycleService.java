package app.avenant.contract;

import static app.avenant.contract.Names.addIfPresent;
import static app.avenant.contract.Names.displayName;

import app.avenant.contract.ContractGuard.Access;
import app.avenant.contract.domain.Contract;
import app.avenant.contract.domain.ContractRepository;
import app.avenant.contract.domain.ExitCheck;
import app.avenant.contract.domain.ExitCheckRepository;
import app.avenant.contract.domain.Membership;
import app.avenant.contract.domain.MembershipRepository;
import app.avenant.contract.domain.StatusChangeEntry;
import app.avenant.contract.domain.StatusChangeEntryRepository;
import app.avenant.contract.domain.StatusChangeQueries;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.Terms;
import app.avenant.identity.CurrentUser;
import app.avenant.identity.OrganisationKind;
import app.avenant.identity.OrganisationRef;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import app.avenant.identity.internal.UsersForModules;
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
 * Implements {@link ContractLifecycle}. Each public method first establishes the caller's right through
 * {@link ContractGuard}; the rules of each move are the contract's ({@link Contract#startPilot},
 * {@link Contract#activate}): this service loads, asks, saves the line of history it is given.
 */
@Service
@Transactional(readOnly = true)
class ContractLifecycleService implements ContractLifecycle {

    private final ContractGuard guard;
    private final ContractRepository contracts;
    private final StatusChangeEntryRepository statusChanges;
    private final ExitCheckRepository exitChecks;
    private final MembershipRepository memberships;
    private final StatusChangeQueries statusChangeQueries;
    private final ContractRecords records;
    private final Users users;
    private final UsersForModules modulesUsers;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    /** The first page of the status history of the contracts recently shown (decision 0040). */
    private final StampedByContract<FirstPage, List<StatusChangeEntry>> firstPages = new StampedByContract<>(1_000);

    private record FirstPage(UUID contractId, int limit) {}

    ContractLifecycleService(
            ContractGuard guard,
            ContractRepository contracts,
            StatusChangeEntryRepository statusChanges,
            ExitCheckRepository exitChecks,
            MembershipRepository memberships,
            StatusChangeQueries statusChangeQueries,
            ContractRecords records,
            Users users,
            UsersForModules modulesUsers,
            Clock clock,
            ApplicationEventPublisher events) {
        this.guard = guard;
        this.contracts = contracts;
        this.statusChanges = statusChanges;
        this.exitChecks = exitChecks;
        this.memberships = memberships;
        this.statusChangeQueries = statusChangeQueries;
        this.records = records;
        this.users = users;
        this.modulesUsers = modulesUsers;
        this.clock = clock;
        this.events = events;
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
            c = contracts.saveAndFlush(
                    new Contract(reference, title, me.organisation().id(), provider.id(), clock.instant()));
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

    @Override
    @Transactional
    public void startPilot(UUID contractId, long volumeCap, LocalDate endDate) {
        Access access = guard.requireOwner(contractId);
        record(access.contract()
                .startPilot(
                        volumeCap, endDate, LocalDate.now(clock), access.me().id(), clock.instant()));
    }

    @Override
    @Transactional
    public void activate(UUID contractId, @Nullable String note) {
        Access access = guard.requireOwner(contractId);
        record(access.contract().activate(note, access.me().id(), clock.instant()));
    }

    @Override
    @Transactional
    public void extendPilot(UUID contractId, long volumeCap, LocalDate endDate, @Nullable String note) {
        Access access = guard.requireOwner(contractId);
        record(access.contract()
                .extendPilot(
                        volumeCap,
                        endDate,
                        note,
                        LocalDate.now(clock),
                        access.me().id(),
                        clock.instant()));
    }

    @Override
    @Transactional
    public void stopPilot(UUID contractId, String reason) {
        Access access = guard.requireOwner(contractId);
        record(access.contract().stopPilot(reason, access.me().id(), clock.instant()));
    }

    @Override
    @Transactional
    public void suspend(UUID contractId, String reason) {
        Access access = guard.requireOwner(contractId);
        record(access.contract().suspend(reason, access.me().id(), clock.instant()));
    }

    @Override
    @Transactional
    public void resume(UUID contractId, @Nullable String note) {
        Access access = guard.requireOwner(contractId);
        record(access.contract().resume(note, access.me().id(), clock.instant()));
    }

    @Override
    @Transactional
    public void end(UUID contractId, boolean byNotice, String reason) {
        Access access = guard.requireOwner(contractId);
        record(access.contract().end(byNotice, reason, access.me().id(), clock.instant()));
    }

    @Override
    public ExitChecklist exitChecklist(UUID contractId) {
        Access access = guard.requireMembershipToRead(contractId);
        Contract c = access.contract();
        List<ExitCheck> checks = exitChecks.findByContractId(contractId);
        Map<UUID, UserRef> names = checks.isEmpty()
                ? Map.of()
                : users.usersByIds(
                        checks.stream().map(ExitCheck::tickedBy).collect(java.util.stream.Collectors.toSet()));
        List<ExitChecklist.Line> lines = new ArrayList<>();
        for (ExitItem item : ExitItem.values()) {
            lines.add(new ExitChecklist.Line(
                    item, tick(checks, item, Side.CLIENT, names), tick(checks, item, Side.PROVIDER, names)));
        }
        ContractRole role = access.membership().role();
        Side mySide = c.isEnded() && c.exitCompletedAt() == null && role.isOwner() ? role.side() : null;
        return new ExitChecklist(lines, mySide, c.exitCompletedAt());
    }

    @Override
    @Transactional
    public void tickExit(UUID contractId, ExitItem item, boolean done) {
        Access access = guard.requireMembership(contractId);
        ContractRole role = access.membership().role();
        if (!role.isOwner()) {
            throw new AccessDeniedException("Only the owner of a side ticks its exit checklist");
        }
        Contract c = access.contract();
        if (!c.isEnded()) {
            throw new ContractRuleException("contract.error.exit.status");
        }
        if (c.exitCompletedAt() != null) {
            throw new ContractRuleException("contract.error.exit.done");
        }
        Side side = role.side();
        ExitCheck.Key key = new ExitCheck.Key(contractId, item, side);
        boolean ticked = exitChecks.existsById(key);
        if (ticked == done) {
            return;
        }
        if (done) {
            exitChecks.save(new ExitCheck(contractId, item, side, access.me().id(), clock.instant()));
        } else {
            exitChecks.deleteById(key);
        }
        events.publishEvent(new ContractEvent.ExitItemTicked(
                contractId, item, side, done, access.me().id()));
        exitChecks.flush();
        if (done
                && exitChecks.countByContractId(contractId) == (long) ExitItem.values().length * Side.values().length) {
            // the provider's members leave first: the news of the exit is for those who stay
            endProviderAccess(c, access.me().id());
            record(c.completeExit(access.me().id(), clock.instant()));
        }
    }

    /** The exit is done: every member of the provider's side leaves the contract (each an audited revocation). */
    private void endProviderAccess(Contract c, UUID by) {
        for (Membership member : memberships.findByContractId(c.id())) {
            if (member.role().side() == Side.PROVIDER) {
                memberships.delete(member);
                events.publishEvent(new ContractEvent.AccessRevoked(c.id(), member.userId(), member.role(), by));
            }
        }
    }

    private static ExitChecklist.@Nullable Tick tick(
            List<ExitCheck> checks, ExitItem item, Side side, Map<UUID, UserRef> names) {
        for (ExitCheck check : checks) {
            if (check.item() == item && check.side() == side) {
                UserRef who = names.get(check.tickedBy());
                return new ExitChecklist.Tick(who != null ? who.displayName() : "?", check.tickedAt());
            }
        }
        return null;
    }

    /** Saves the line of history and tells the audit trail and the other side (ContractEvent.StatusChanged). */
    private void record(StatusChangeEntry entry) {
        statusChanges.save(entry);
        events.publishEvent(new ContractEvent.StatusChanged(
                entry.contractId(),
                entry.kind(),
                java.util.Objects.requireNonNull(entry.fromStatus()),
                java.util.Objects.requireNonNull(entry.toStatus()),
                entry.note(),
                entry.changedBy()));
    }

    @Override
    public PilotProgress pilotProgress(UUID contractId) {
        Contract c = guard.requireMembershipToRead(contractId).contract();
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
        StatusChangeEntry activation = statusChanges
                .findFirstByContractIdAndKindAndToStatusOrderByChangedAtDesc(
                        contractId, StatusChange.Kind.STATUS, ContractStatus.ACTIVE)
                .orElse(null);
        if (activation != null) {
            addIfPresent(people, activation.changedBy());
        }
        Map<UUID, UserRef> names = people.isEmpty() ? Map.of() : users.usersByIds(people);
        if (cap != null && end != null && startedAt != null && startedBy != null) {
            pilot = new PilotTerms(cap, end, startedAt, displayName(names, startedBy));
            daysLeft = Math.max(0, ChronoUnit.DAYS.between(today, end));
        }
        List<PilotCheck> checklist = new ArrayList<>();
        checklist.add(new PilotCheck(
                PilotCheck.Item.CONTACT_PERSONS,
                c.contactOf(Side.CLIENT) != null && c.contactOf(Side.PROVIDER) != null));
        checklist.add(new PilotCheck(PilotCheck.Item.VERSION_ADOPTED, c.currentVersion() > 0));
        checklist.add(new PilotCheck(
                PilotCheck.Item.SCOPE_READY,
                !terms.scopeItems().isEmpty() && terms.scopeItems().stream().allMatch(ScopeItem::isReady)));
        checklist.add(new PilotCheck(
                PilotCheck.Item.SERVICE_LEVELS, !terms.serviceLevels().isEmpty()));
        if (end != null) {
            checklist.add(new PilotCheck(PilotCheck.Item.PILOT_OVER, !today.isBefore(end)));
        }
        return new PilotProgress(
                c.status(),
                pilot,
                daysLeft,
                List.copyOf(checklist),
                c.activationRefusal(),
                activation != null ? toStatusChange(activation, names, Map.of()) : null);
    }

    @Override
    public List<StatusChange> statusChanges(UUID contractId, int offset, int limit) {
        Contract c = guard.requireMembershipToRead(contractId).contract();
        // every status change writes the contract row (its status, pilot or contact person): the first page read
        // under the same row version is still the history
        List<StatusChangeEntry> page = offset == 0
                ? firstPages.get(
                        new FirstPage(contractId, limit),
                        c.rowVersion(),
                        () -> List.copyOf(statusChangeQueries.page(contractId, 0, limit)))
                : statusChangeQueries.page(contractId, offset, limit);
        Set<UUID> people = new HashSet<>();
        for (StatusChangeEntry e : page) {
            addIfPresent(people, e.changedBy());
            addIfPresent(people, e.contactUserId());
        }
        Map<UUID, UserRef> names = people.isEmpty() ? Map.of() : users.usersByIds(people);
        return page.stream().map(e -> toStatusChange(e, names, names)).toList();
    }

    private static StatusChange toStatusChange(
            StatusChangeEntry e, Map<UUID, UserRef> authors, Map<UUID, UserRef> contacts) {
        UUID by = e.changedBy();
        UUID contact = e.contactUserId();
        return new StatusChange(
                e.kind(),
                e.fromStatus(),
                e.toStatus(),
                e.side(),
                contact != null ? displayName(contacts, contact) : null,
                e.note(),
                by != null ? displayName(authors, by) : null,
                e.changedAt(),
                e.pilotVolumeCap(),
                e.pilotEndDate());
    }
}
