package app.avenant.performance;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.contract.VersionedTerms;
import app.avenant.contract.internal.ContractsForModules;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.Terms;
import app.avenant.identity.ApiCallers;
import app.avenant.identity.Users;
import app.avenant.performance.domain.DeliverableRules;
import app.avenant.performance.domain.DeliverableStore;
import app.avenant.performance.domain.DeliverableStore.Stored;
import app.avenant.performance.domain.DueDates;
import app.avenant.performance.domain.MonthLocks;
import app.avenant.performance.domain.MonthTotals;
import app.avenant.performance.internal.DeliverablesForModules;
import app.avenant.performance.metrics.VersionTimeline;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements {@link Deliverables}. Each method first establishes the caller's right on the contract (a member
 * who may edit, for writes), then does the work through the contract module's internals
 * ({@link ContractsForModules}, which checks no user's right): writes take the contract's row lock first, so
 * two batches of one contract never interleave and the monthly totals they update stay exact. A batch is
 * checked whole ({@link DeliverableRules}) before anything is written, so a broken rule leaves the database
 * as it was.
 */
@Service
@Transactional
class DeliverableService implements Deliverables, DeliverablesForModules {

    private static final Logger log = LoggerFactory.getLogger(DeliverableService.class);

    private final SecurityContextHolderStrategy securityContexts;
    private final Contracts contracts;
    private final ContractsForModules contractInternals;
    private final Users users;
    private final DeliverableStore store;
    private final MonthTotals totals;
    private final MonthLocks locks;
    private final Clock clock;

    DeliverableService(
            Contracts contracts,
            ContractsForModules contractInternals,
            Users users,
            DeliverableStore store,
            MonthTotals totals,
            MonthLocks locks,
            Clock clock,
            SecurityContextHolderStrategy securityContexts) {
        this.contractInternals = contractInternals;
        this.securityContexts = securityContexts;
        this.contracts = contracts;
        this.users = users;
        this.store = store;
        this.totals = totals;
        this.locks = locks;
        this.clock = clock;
    }

    /**
     * The API's way in acts for an organisation, not for a user: only a request authenticated by an API token of
     * that very organisation (the token filter reads it into the same strategy) may use it; a signed-in user of
     * the portal never can. The demo data goes through {@link DeliverablesForModules#recordAsApplication}.
     */
    private void requireTokenOf(UUID organisationId) {
        ApiCallers.requireTokenOf(
                securityContexts, organisationId, "Only an API token of that organisation records through the API");
    }

    @Override
    public IngestResult record(UUID contractId, List<DeliverableInput> batch, DeliverableSource source) {
        requireEditor(contractId);
        String recordedBy = users.currentUser().displayName();
        int max = source == DeliverableSource.API ? MAX_BATCH : MAX_IMPORT;
        return ingest(contractId, batch, source, recordedBy, max);
    }

    @Override
    public IngestResult recordForOrganisation(
            UUID organisationId, String contractReference, List<DeliverableInput> batch, String recordedBy) {
        requireTokenOf(organisationId);
        return recordAsApplication(organisationId, contractReference, batch, recordedBy);
    }

    @Override
    public IngestResult recordAsApplication(
            UUID organisationId, String contractReference, List<DeliverableInput> batch, String recordedBy) {
        UUID contractId = contractInternals
                .contractOfParty(organisationId, contractReference)
                .orElseThrow(() -> new ContractNotFoundException(new UUID(0L, 0L)));
        return ingest(contractId, batch, DeliverableSource.API, recordedBy, MAX_BATCH);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeliverableRow> list(UUID contractId, DeliverableFilter filter, int offset, int limit) {
        // for a member only (else not found); its scope items name the rows
        Terms current = contracts.currentTerms(contractId).terms();
        List<Stored> page = store.page(contractId, filter, offset, limit);
        if (page.isEmpty()) {
            return List.of();
        }
        Map<String, String> titles =
                current.scopeItems().stream().collect(Collectors.toMap(ScopeItem::key, ScopeItem::title, (a, b) -> a));
        Set<YearMonth> locked =
                locks.lockedAmong(contractId, page.stream().map(Stored::month).collect(Collectors.toSet()));
        List<DeliverableRow> rows = new ArrayList<>(page.size());
        for (Stored stored : page) {
            DeliverableInput v = stored.values();
            rows.add(new DeliverableRow(
                    stored.id(),
                    v.reference(),
                    v.scopeItemKey(),
                    titles.getOrDefault(v.scopeItemKey(), v.scopeItemKey()),
                    v.dueDate(),
                    v.deliveredOn(),
                    v.units(),
                    v.quality(),
                    v.cost(),
                    stored.onTime(),
                    stored.source(),
                    stored.recordedBy(),
                    stored.recordedAt(),
                    locked.contains(stored.month()),
                    v.requestedAt(),
                    v.dueAt(),
                    v.deliveredAt()));
        }
        return rows;
    }

    @Override
    @Transactional(readOnly = true)
    public long count(UUID contractId, DeliverableFilter filter) {
        contracts.myRole(contractId);
        return store.count(contractId, filter);
    }

    @Override
    public void update(UUID contractId, UUID deliverableId, DeliverableInput corrected) {
        requireEditor(contractId);
        String recordedBy = users.currentUser().displayName();
        VersionedTerms current = contractInternals.currentTermsForUpdate(contractId);
        Stored old = find(contractId, deliverableId);
        List<DeliverableViolation> violations = new ArrayList<>();
        if (!Objects.equals(old.values().reference(), corrected.reference())) {
            violations.add(DeliverableViolation.of(
                    0,
                    "reference",
                    "performance.error.reference.immutable",
                    old.values().reference()));
        }
        VersionTimeline timeline = new VersionTimeline(contractInternals.adoptions(contractId));
        Map<Integer, Terms> versions = termsRead(current);
        corrected = DueDates.apply(corrected, termsOn(contractId, timeline, current, versions));
        List<DeliverableInput> batch = List.of(corrected);
        DeliverableRules rules = rules(contractId, timeline, versions, batch);
        YearMonth newMonth = DeliverableRules.monthOf(corrected);
        Set<YearMonth> months = new LinkedHashSet<>(DeliverableRules.monthsOf(batch));
        months.add(old.month());
        Set<YearMonth> locked = locks.lockedAmong(contractId, months);
        if (locked.contains(old.month()) && !old.month().equals(newMonth)) {
            violations.add(DeliverableViolation.of(
                    0, "deliveredOn", "performance.error.month.locked", monthText(old.month())));
        }
        violations.addAll(rules.checkLine(0, corrected, locked));
        if (!violations.isEmpty()) {
            throw new InvalidDeliverablesException(violations);
        }
        store.update(contractId, deliverableId, corrected, recordedBy, clock.instant());
        totals.recompute(contractId, List.of(old.periodMonth(), DeliverableStore.periodMonthOf(corrected)));
    }

    @Override
    public void delete(UUID contractId, UUID deliverableId) {
        requireEditor(contractId);
        contractInternals.currentTermsForUpdate(contractId);
        Stored old = find(contractId, deliverableId);
        if (locks.isLocked(contractId, old.month())) {
            throw new InvalidDeliverablesException(List.of(
                    DeliverableViolation.of(0, "batch", "performance.error.month.locked", monthText(old.month()))));
        }
        store.delete(contractId, deliverableId);
        totals.recompute(contractId, List.of(old.periodMonth()));
    }

    /**
     * The recording path of the ways in, once the caller's right is established (or, for the demo data, by
     * the module walls alone): size, lock, read what the rules need (one query each), check, then write in one batch.
     */
    private IngestResult ingest(
            UUID contractId, List<DeliverableInput> batch, DeliverableSource source, String recordedBy, int max) {
        DeliverableViolation wrongSize = DeliverableRules.sizeViolation(batch, max);
        if (wrongSize != null) {
            throw new InvalidDeliverablesException(List.of(wrongSize));
        }
        VersionedTerms current = contractInternals.currentTermsForUpdate(contractId);
        VersionTimeline timeline = new VersionTimeline(contractInternals.adoptions(contractId));
        Map<Integer, Terms> versions = termsRead(current);
        batch = DueDates.apply(batch, termsOn(contractId, timeline, current, versions));
        DeliverableRules rules = rules(contractId, timeline, versions, batch);
        Set<YearMonth> months = DeliverableRules.monthsOf(batch);
        Set<YearMonth> locked = months.isEmpty() ? Set.of() : locks.lockedAmong(contractId, months);
        Map<String, DeliverableInput> stored = store.byReferences(contractId, references(batch));
        DeliverableRules.Outcome outcome = rules.check(batch, locked, stored);
        if (!outcome.valid()) {
            throw new InvalidDeliverablesException(outcome.violations());
        }
        if (!outcome.toInsert().isEmpty()) {
            store.insert(contractId, outcome.toInsert(), source, recordedBy, clock.instant());
            totals.add(contractId, outcome.toInsert());
        }
        log.debug(
                "{} deliverable(s) recorded on contract {} by {} ({} already recorded)",
                outcome.toInsert().size(),
                contractId,
                recordedBy,
                outcome.alreadyRecorded());
        return new IngestResult(outcome.toInsert().size(), outcome.alreadyRecorded());
    }

    /**
     * The terms of the versions one call reads, by number: the current version at hand, the others read once whether
     * a request's deadline or a month's pricing needs them.
     */
    private static Map<Integer, Terms> termsRead(VersionedTerms current) {
        Map<Integer, Terms> versions = new HashMap<>();
        versions.put(current.versionNumber(), current.terms());
        return versions;
    }

    /** The terms in force on a day, for deadlines (before the first version, the first version's). */
    private Function<LocalDate, Terms> termsOn(
            UUID contractId, VersionTimeline timeline, VersionedTerms current, Map<Integer, Terms> versions) {
        return day -> versions.computeIfAbsent(
                timeline.isEmpty() ? current.versionNumber() : timeline.versionOn(day),
                v -> contractInternals.termsOfVersion(contractId, v));
    }

    /** The rules with the terms of every version pricing the batch's months. */
    private DeliverableRules rules(
            UUID contractId,
            VersionTimeline timeline,
            Map<Integer, Terms> versions,
            Collection<DeliverableInput> batch) {
        for (int version : DeliverableRules.versionsPricing(timeline, batch)) {
            versions.computeIfAbsent(version, v -> contractInternals.termsOfVersion(contractId, v));
        }
        return new DeliverableRules(timeline, versions, LocalDate.now(clock));
    }

    private Stored find(UUID contractId, UUID deliverableId) {
        return store.find(contractId, deliverableId)
                .orElseThrow(() -> new InvalidDeliverablesException(
                        List.of(DeliverableViolation.of(0, "batch", "performance.error.deliverable.unknown"))));
    }

    private void requireEditor(UUID contractId) {
        ContractRole role = contracts.myRole(contractId);
        if (!role.canEdit()) {
            throw new AccessDeniedException("Only editors, owners and managers record deliverables");
        }
    }

    private static List<String> references(List<DeliverableInput> batch) {
        List<String> references = new ArrayList<>(batch.size());
        for (DeliverableInput input : batch) {
            String reference = input.reference();
            //noinspection ConstantValue: a channel's parsing may hand over a null despite the record's contract
            if (reference != null && !reference.isBlank()) {
                references.add(reference);
            }
        }
        return references;
    }

    private static String monthText(YearMonth month) {
        return String.format("%02d/%d", month.getMonthValue(), month.getYear());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Long> overdueOfMyContracts() {
        return store.overdueCounts(contracts.myContractIds(500), LocalDate.now(clock));
    }
}
