package app.avenant.performance;

import app.avenant.change.ChangeRequests;
import app.avenant.contract.ContractFilter;
import app.avenant.contract.ContractStatus;
import app.avenant.contract.ContractSummary;
import app.avenant.contract.Contracts;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.Terms;
import app.avenant.performance.domain.ContractMonths;
import app.avenant.performance.domain.ContractMonths.ContractMonthsFigures;
import app.avenant.performance.domain.MonthLocks;
import app.avenant.performance.domain.PeriodMonths;
import app.avenant.performance.metrics.Rates;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements {@link Indicators}. Figures come from {@link ContractMonths} (monthly totals kept beside the
 * deliverables, measurements, the version pricing each month); due deliverables are read from the deliverable
 * table's due-date index. Every read runs a bounded number of SQL statements whatever the range.
 */
@Service
@Transactional(readOnly = true)
class IndicatorService implements Indicators {

    /** How many due deliverables the overview lists. */
    static final int UPCOMING = 5;

    /** How many running contracts the home's penalty use prices (each from its start). */
    static final int PENALTY_CONTRACTS = 10;

    /** How many of the caller's contracts are looked through for running ones. */
    private static final int MY_CONTRACTS = 100;

    private final Contracts contracts;
    private final ContractMonths months;
    private final ChangeRequests changeRequests;
    private final MonthLocks locks;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final RebaselineSuggestions suggestions;

    IndicatorService(
            Contracts contracts,
            ContractMonths months,
            ChangeRequests changeRequests,
            MonthLocks locks,
            JdbcTemplate jdbc,
            Clock clock,
            RebaselineSuggestions suggestions) {
        this.contracts = contracts;
        this.months = months;
        this.changeRequests = changeRequests;
        this.locks = locks;
        this.jdbc = jdbc;
        this.clock = clock;
        this.suggestions = suggestions;
    }

    @Override
    @Transactional(readOnly = true)
    public IndicatorReport report(UUID contractId, YearMonth from, YearMonth to) {
        contracts.myRole(contractId);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The range ends (" + to + ") before it starts (" + from + ")");
        }
        if (ChronoUnit.MONTHS.between(from, to) + 1 > MAX_MONTHS) {
            throw new IllegalArgumentException("A report covers at most " + MAX_MONTHS + " months");
        }
        List<MonthFigures> range = months.upTo(contractId, to).between(from, to);
        return new IndicatorReport(
                from,
                to,
                range,
                Rates.sum(range.stream().map(MonthFigures::rates).toList()));
    }

    @Override
    @Transactional(readOnly = true)
    public ContractOverview overview(UUID contractId) {
        contracts.myRole(contractId);
        YearMonth now = YearMonth.now(clock);
        LocalDate today = LocalDate.now(clock);
        ContractMonthsFigures computed = months.upTo(contractId, now);
        MonthFigures thisMonth = computed.month(now).orElse(null);
        @Nullable Terms current = RebaselineSuggestions.currentTerms(contractId, computed);
        Pending pending = pending(contractId, today);
        List<DeliverableRow> upcoming = upcoming(contractId, pending.upcoming(), current);
        long open = changeRequests.countOpen(contractId);
        List<RebaselineSuggestion> rebaseline =
                current == null ? List.of() : RebaselineSuggestions.suggestions(computed, now.minusMonths(1), current);
        PenaltyCap cap = thisMonth != null ? thisMonth.penaltyCap() : capBeforeStart(current);
        return new ContractOverview(
                now,
                thisMonth != null ? thisMonth.serviceLevels() : List.of(),
                upcoming,
                pending.overdue(),
                open,
                rebaseline,
                cap,
                current != null ? current.header() : null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RebaselineSuggestion> rebaselineSuggestions(UUID contractId) {
        contracts.myRole(contractId);
        return suggestions.of(contractId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PenaltyUse> penaltyUseOfMyContracts() {
        YearMonth now = YearMonth.now(clock);
        List<PenaltyUse> uses = new ArrayList<>();
        int priced = 0;
        for (ContractSummary c : contracts.myContracts(ContractFilter.all(), 0, MY_CONTRACTS)) {
            if (c.status() != ContractStatus.PILOT
                    && c.status() != ContractStatus.ACTIVE
                    && c.status() != ContractStatus.SUSPENDED) {
                continue;
            }
            if (++priced > PENALTY_CONTRACTS) {
                break;
            }
            ContractMonthsFigures computed = months.upTo(c.id(), now);
            @Nullable Terms current = RebaselineSuggestions.currentTerms(c.id(), computed);
            PenaltyCap cap = computed.month(now).map(MonthFigures::penaltyCap).orElseGet(() -> capBeforeStart(current));
            if (cap.isSet()) {
                uses.add(new PenaltyUse(c.id(), c.reference(), c.title(), cap.cap(), cap.consumedToDate()));
            }
        }
        uses.sort(Comparator.comparing(PenaltyUse::percent).reversed().thenComparing(PenaltyUse::reference));
        return uses;
    }

    // --- internals ---

    /** Before the contract's first month nothing has been consumed yet. */
    private static PenaltyCap capBeforeStart(@Nullable Terms current) {
        @Nullable BigDecimal cap = current != null ? current.header().penaltyCapAmount() : null;
        BigDecimal none = BigDecimal.ZERO.setScale(2);
        return new PenaltyCap(cap, none, none, false);
    }

    /** The deliverables overdue (the most overdue few) and due from today on (the first few), and the number overdue. */
    private record Pending(List<PendingRow> upcoming, long overdue) {}

    /**
     * One statement for both: the count of overdue deliverables, joined to the first {@value #UPCOMING} due from
     * today (a single row of nulls beside the count when none is due).
     */
    private Pending pending(UUID contractId, LocalDate today) {
        List<PendingRow> rows = new ArrayList<>();
        long[] overdue = {0};
        jdbc.query(
                """
                        select late.overdue, d.*
                        from (select count(*) as overdue from deliverable
                              where contract_id = ? and delivered = false and due_date < ?) late
                        left join ((select id, reference, scope_item_key, due_date, units, cost, source, recorded_by,
                                           recorded_at, period_month
                                    from deliverable
                                    where contract_id = ? and delivered = false and due_date < ?
                                    order by due_date, reference
                                    limit %d)
                                   union all
                                   (select id, reference, scope_item_key, due_date, units, cost, source, recorded_by,
                                           recorded_at, period_month
                                    from deliverable
                                    where contract_id = ? and delivered = false and due_date >= ?
                                    order by due_date, reference
                                    limit %d)) d on 1 = 1
                        order by d.due_date, d.reference
                        """.formatted(UPCOMING, UPCOMING),
                rs -> {
                    overdue[0] = rs.getLong("overdue");
                    if (rs.getObject("id") != null) {
                        rows.add(pendingRow(rs));
                    }
                },
                contractId,
                today,
                contractId,
                today,
                contractId,
                today);
        return new Pending(rows, overdue[0]);
    }

    private List<DeliverableRow> upcoming(UUID contractId, List<PendingRow> rows, @Nullable Terms current) {
        Set<YearMonth> locked = rows.isEmpty()
                ? Set.of()
                : locks.lockedAmong(
                        contractId, rows.stream().map(PendingRow::month).collect(Collectors.toSet()));
        return rows.stream()
                .map(r -> new DeliverableRow(
                        r.id(),
                        r.reference(),
                        r.scopeItemKey(),
                        current == null
                                ? r.scopeItemKey()
                                : current.scopeItem(r.scopeItemKey())
                                        .map(ScopeItem::title)
                                        .orElse(r.scopeItemKey()),
                        r.dueDate(),
                        null,
                        r.units(),
                        null,
                        r.cost(),
                        null,
                        r.source(),
                        r.recordedBy(),
                        r.recordedAt().toInstant(ZoneOffset.UTC),
                        locked.contains(r.month())))
                .toList();
    }

    private record PendingRow(
            UUID id,
            String reference,
            String scopeItemKey,
            LocalDate dueDate,
            long units,
            @Nullable BigDecimal cost,
            DeliverableSource source,
            String recordedBy,
            LocalDateTime recordedAt,
            YearMonth month) {}

    private static PendingRow pendingRow(ResultSet rs) throws SQLException {
        Object id = rs.getObject("id");
        // timestamps are stored in UTC (hibernate.jdbc.time_zone): read them as such, whatever the JVM's zone
        return new PendingRow(
                id instanceof UUID uuid ? uuid : UUID.fromString(String.valueOf(id)),
                rs.getString("reference"),
                rs.getString("scope_item_key"),
                rs.getObject("due_date", LocalDate.class),
                rs.getLong("units"),
                rs.getBigDecimal("cost"),
                DeliverableSource.valueOf(rs.getString("source")),
                rs.getString("recorded_by"),
                rs.getObject("recorded_at", LocalDateTime.class),
                PeriodMonths.toYearMonth(rs.getInt("period_month")));
    }
}
