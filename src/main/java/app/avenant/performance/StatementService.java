package app.avenant.performance;

import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.contract.Side;
import app.avenant.contract.internal.ContractsForModules;
import app.avenant.contract.terms.Terms;
import app.avenant.identity.Users;
import app.avenant.performance.domain.ContractMonths;
import app.avenant.performance.domain.MonthLocks;
import app.avenant.performance.domain.PeriodMonths;
import app.avenant.performance.domain.SlaMeasurement;
import app.avenant.performance.domain.SlaMeasurementRepository;
import app.avenant.performance.domain.StatementRecord;
import app.avenant.performance.domain.StatementRecordRepository;
import app.avenant.performance.internal.StatementsForModules;
import app.avenant.performance.metrics.VersionTimeline;
import app.avenant.shared.InvoicedMonths;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements {@link Statements}. Every write first takes the contract's row lock (the same lock under which
 * deliverables and their monthly totals are written), then checks the month's state: two validations, or a
 * validation and a late measurement, never interleave, and the total locked is the total both sides saw.
 */
@Service
@Transactional
class StatementService implements Statements, StatementsForModules {

    static final String OUTSIDE_CONTRACT = "performance.statement.error.month.outsideContract";
    static final String MONTH_FUTURE = "performance.statement.error.month.future";
    static final String MONTH_NOT_ENDED = "performance.statement.error.month.notEnded";
    static final String MONTH_LOCKED = "performance.error.month.locked";
    static final String MEASUREMENT_RANGE = "performance.statement.error.measurement.range";
    static final String UNKNOWN_LEVEL = "performance.statement.error.measurement.unknownLevel";
    static final String MEASURED_BY_DEADLINE = "performance.statement.error.measurement.byDeadline";
    static final String REVISION_STALE = "performance.statement.error.revision.stale";
    static final String ALREADY_VALIDATED = "performance.statement.error.alreadyValidated";
    static final String NOT_LOCKED = "performance.statement.error.notLocked";
    static final String INVOICED = "performance.statement.error.invoiced";
    static final String REASON_REQUIRED = "performance.statement.error.reason.required";
    static final String REASON_TOO_LONG = "performance.statement.error.reason.tooLong";
    static final String BUSY = "performance.statement.error.busy";

    /** Longest reason for reopening a month (the column's size). */
    static final int REASON_MAX = 2000;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Contracts contracts;
    private final ContractsForModules contractInternals;
    private final Users users;
    private final ContractMonths months;
    private final StatementRecordRepository statements;
    private final SlaMeasurementRepository measurements;
    private final MonthLocks locks;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    private final ObjectProvider<InvoicedMonths> invoiced;

    StatementService(
            Contracts contracts,
            ContractsForModules contractInternals,
            Users users,
            ContractMonths months,
            StatementRecordRepository statements,
            SlaMeasurementRepository measurements,
            MonthLocks locks,
            Clock clock,
            ApplicationEventPublisher events,
            ObjectProvider<InvoicedMonths> invoiced) {
        this.invoiced = invoiced;
        this.contractInternals = contractInternals;
        this.events = events;
        this.contracts = contracts;
        this.users = users;
        this.months = months;
        this.statements = statements;
        this.measurements = measurements;
        this.locks = locks;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public MonthlyStatement statement(UUID contractId, YearMonth month) {
        contracts.myRole(contractId);
        return statementAsApplication(contractId, month);
    }

    @Override
    @Transactional(readOnly = true)
    public MonthlyStatement statementAsApplication(UUID contractId, YearMonth month) {
        ContractMonths.ContractMonthsFigures computed = months.upTo(contractId, month);
        MonthFigures figures = computed.month(month).orElseThrow(() -> new StatementRuleException(OUTSIDE_CONTRACT));
        List<StatementRecord> rows = revisionsOf(contractId, month);
        List<StatementRevision> revisions = rows.isEmpty()
                ? List.of(new StatementRevision(1, null, null, null, null, null, null, null, null))
                : rows.stream().map(StatementService::view).toList();
        return new MonthlyStatement(
                figures,
                statusOf(rows.isEmpty() ? null : rows.getLast()),
                revisions,
                ended(month),
                computed.measured(month));
    }

    @Override
    public void recordMeasurement(
            UUID contractId, YearMonth month, String serviceLevelKey, BigDecimal measuredPercent) {
        // The caller's right first: an outsider learns nothing and takes no lock. Then the contract's lock, and
        // reads that see what committed while we waited for it (the datasource reads committed data: see
        // config/application-mariadb.properties).
        requireEditor(contractId);
        busyOnLockFailure(() -> {
            lockContract(contractId);
            if (measuredPercent == null || measuredPercent.signum() < 0 || measuredPercent.compareTo(HUNDRED) > 0) {
                throw new StatementRuleException(MEASUREMENT_RANGE);
            }
            if (month.isAfter(YearMonth.now(clock))) {
                throw new StatementRuleException(MONTH_FUTURE);
            }
            // the caller's membership is checked: read the versions through the contract module's internals
            VersionTimeline timeline = new VersionTimeline(contractInternals.adoptions(contractId));
            if (timeline.isEmpty()) {
                throw new StatementRuleException(OUTSIDE_CONTRACT);
            }
            int version = timeline.versionPricing(month);
            Terms terms = contractInternals.termsOfVersion(contractId, version);
            Terms first = version == 1 ? terms : contractInternals.termsOfVersion(contractId, 1);
            if (month.isBefore(YearMonth.from(first.header().startDate()))) {
                throw new StatementRuleException(OUTSIDE_CONTRACT);
            }
            if (serviceLevelKey == null || terms.serviceLevel(serviceLevelKey).isEmpty()) {
                throw new StatementRuleException(UNKNOWN_LEVEL);
            }
            if (terms.serviceLevel(serviceLevelKey).orElseThrow().deadline() != null) {
                // measured from the deliverables and their deadline: a typed figure would contradict them
                throw new StatementRuleException(MEASURED_BY_DEADLINE);
            }
            if (locks.isLocked(contractId, month)) {
                throw new StatementRuleException(MONTH_LOCKED);
            }
            String by = users.currentUser().displayName();
            BigDecimal value = measuredPercent.setScale(3, RoundingMode.HALF_UP);
            int period = PeriodMonths.of(month);
            measurements
                    .findByContractIdAndPeriodMonthAndServiceLevelKey(contractId, period, serviceLevelKey)
                    .ifPresentOrElse(
                            existing -> existing.replace(value, by, clock.instant()),
                            () -> measurements.save(new SlaMeasurement(
                                    contractId, period, serviceLevelKey, value, by, clock.instant())));
            measurements.flush();
            ContractMonths.forgetComputed();
        });
    }

    @Override
    public void validate(UUID contractId, YearMonth month, int revision) {
        ContractRole role = requireApprover(contractId); // before the lock: see recordMeasurement
        busyOnLockFailure(() -> {
            lockContract(contractId);
            if (!ended(month)) {
                throw new StatementRuleException(MONTH_NOT_ENDED);
            }
            List<StatementRecord> rows = revisionsOf(contractId, month);
            StatementRecord current = rows.isEmpty() ? null : rows.getLast();
            int currentNumber = current == null ? 1 : current.revision();
            if (revision != currentNumber) {
                throw new StatementRuleException(REVISION_STALE);
            }
            boolean client = role.side() == Side.CLIENT;
            if (current != null && (client ? current.validatedByClient() : current.validatedByProvider())) {
                throw new StatementRuleException(ALREADY_VALIDATED);
            }
            // priced under the lock: the total locked is the one of the data both sides validated
            MonthFigures figures = months.upTo(contractId, month)
                    .month(month)
                    .orElseThrow(() -> new StatementRuleException(OUTSIDE_CONTRACT));
            String by = users.currentUser().displayName();
            StatementRecord statement =
                    current != null ? current : StatementRecord.first(contractId, PeriodMonths.of(month));
            if (client) {
                statement.validateForClient(by, clock.instant());
            } else {
                statement.validateForProvider(by, clock.instant());
            }
            boolean lockedNow = statement.validatedByClient() && statement.validatedByProvider();
            if (lockedNow) {
                statement.lock(figures.totalDue());
            }
            statements.saveAndFlush(statement);
            events.publishEvent(new StatementValidated(
                    contractId, month, role.side(), users.currentUser().id(), lockedNow));
            PenaltyCap cap = figures.penaltyCap();
            if (lockedNow && cap.reached()) {
                events.publishEvent(new PenaltyCapReached(contractId, month, cap.cap(), cap.consumedToDate()));
            }
        });
    }

    @Override
    public void reopen(UUID contractId, YearMonth month, String reason) {
        requireApprover(contractId); // before the lock: see recordMeasurement
        busyOnLockFailure(() -> {
            lockContract(contractId);
            List<StatementRecord> rows = revisionsOf(contractId, month);
            if (rows.isEmpty() || !rows.getLast().locked()) {
                throw new StatementRuleException(NOT_LOCKED);
            }
            if (invoiced.stream().anyMatch(i -> i.invoiced(contractId, month))) {
                // the invoice made from it is final: a correction is a credit note, not a changed statement
                throw new StatementRuleException(INVOICED);
            }
            if (reason == null || reason.isBlank()) {
                throw new StatementRuleException(REASON_REQUIRED);
            }
            String why = reason.strip();
            if (why.length() > REASON_MAX) {
                throw new StatementRuleException(REASON_TOO_LONG);
            }
            String by = users.currentUser().displayName();
            statements.saveAndFlush(rows.getLast().reopened(by, clock.instant(), why));
        });
    }

    /**
     * A lock wait that timed out, a deadlock the database broke, or a revision written concurrently despite
     * the lock: the user may simply try again, so they get a clear rule error rather than a raw exception.
     */
    private static void busyOnLockFailure(Runnable work) {
        try {
            work.run();
        } catch (PessimisticLockingFailureException
                | DataIntegrityViolationException
                | OptimisticLockingFailureException e) {
            StatementRuleException busy = new StatementRuleException(BUSY);
            busy.initCause(e);
            throw busy;
        }
    }

    private List<StatementRecord> revisionsOf(UUID contractId, YearMonth month) {
        return statements.findByContractIdAndPeriodMonthOrderByRevision(contractId, PeriodMonths.of(month));
    }

    /** Only an ended month can be validated: its data is complete. */
    private boolean ended(YearMonth month) {
        return MonthLocks.ended(month, clock);
    }

    private void requireEditor(UUID contractId) {
        if (!contracts.myRole(contractId).canEdit()) {
            throw new AccessDeniedException("Recording measurements is reserved to editors, owners and managers");
        }
    }

    private ContractRole requireApprover(UUID contractId) {
        ContractRole role = contracts.myRole(contractId);
        if (!role.canApprove()) {
            throw new AccessDeniedException("Validating a statement is reserved to owners and managers");
        }
        return role;
    }

    /** The contract's row lock, held until the end of the transaction. */
    private void lockContract(UUID contractId) {
        contractInternals.currentTermsForUpdate(contractId);
    }

    static StatementStatus statusOf(@Nullable StatementRecord current) {
        if (current == null) {
            return StatementStatus.OPEN;
        }
        if (current.locked()) {
            return StatementStatus.LOCKED;
        }
        if (current.validatedByClient()) {
            return StatementStatus.VALIDATED_BY_CLIENT;
        }
        return current.validatedByProvider() ? StatementStatus.VALIDATED_BY_PROVIDER : StatementStatus.OPEN;
    }

    private static StatementRevision view(StatementRecord r) {
        return new StatementRevision(
                r.revision(),
                r.openedBy(),
                r.openedAt(),
                r.reason(),
                r.clientValidatedBy(),
                r.clientValidatedAt(),
                r.providerValidatedBy(),
                r.providerValidatedAt(),
                r.lockedTotalDue());
    }
}
