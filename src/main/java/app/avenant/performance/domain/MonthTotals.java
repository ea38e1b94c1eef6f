package app.avenant.performance.domain;

import app.avenant.performance.DeliverableInput;
import app.avenant.performance.QualityOutcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code deliverable_month_total} in step with {@code deliverable} (decision 0006). The caller holds the
 * contract's row lock, so two writers of one contract never change the same month's totals at once.
 * <ul>
 * <li>{@link #recompute}: the totals of some months recomputed from the deliverables themselves, one
 * {@code delete} and one {@code insert … select … group by} for all those months. Used after a correction or
 * a removal, and to repair.</li>
 * <li>{@link #add}: a batch of new deliverables added to the totals (a few rows read, updated or inserted),
 * so that recording 1 000 deliverables in a month of 30 000 does not re-read the 30 000: ingestion stays
 * proportional to the batch, not to the contract's history. Exact because every write goes through the
 * service under the contract's lock, and the whole batch is one transaction.</li>
 * </ul>
 * Only delivered deliverables count; billable units and recorded cost leave out rejected ones.
 */
@Component
public class MonthTotals {

    private static final String DELETE =
            "delete from deliverable_month_total where contract_id = ? and period_month in (%s)";

    private static final String INSERT = """
            insert into deliverable_month_total (contract_id, period_month, scope_item_key, delivered, on_time,
                first_pass, after_rework, rejected, billable_units, recorded_cost)
            select contract_id, period_month, scope_item_key,
                   count(*),
                   sum(case when on_time = true then 1 else 0 end),
                   sum(case when quality = 'FIRST_PASS' then 1 else 0 end),
                   sum(case when quality = 'AFTER_REWORK' then 1 else 0 end),
                   sum(case when quality = 'REJECTED' then 1 else 0 end),
                   sum(case when quality = 'REJECTED' then 0 else units end),
                   coalesce(sum(case when quality = 'REJECTED' then null else cost end), 0)
            from deliverable
            where contract_id = ? and delivered = true and period_month in (%s)
            group by contract_id, period_month, scope_item_key
            """;

    private static final String ADD = """
            update deliverable_month_total set delivered = delivered + ?, on_time = on_time + ?,
                first_pass = first_pass + ?, after_rework = after_rework + ?, rejected = rejected + ?,
                billable_units = billable_units + ?, recorded_cost = recorded_cost + ?
            where contract_id = ? and period_month = ? and scope_item_key = ?""";

    private static final String INSERT_ROW = """
            insert into deliverable_month_total (contract_id, period_month, scope_item_key, delivered, on_time,
                first_pass, after_rework, rejected, billable_units, recorded_cost)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;

    MonthTotals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds new deliverables (pending ones count nowhere) to their months' totals. */
    public void add(UUID contractId, Collection<DeliverableInput> inserted) {
        ContractMonths.forgetComputed();
        Map<Key, Totals> deltas = new TreeMap<>();
        for (DeliverableInput input : inserted) {
            if (input.deliveredOn() != null) {
                Key key = new Key(DeliverableStore.periodMonthOf(input), input.scopeItemKey());
                deltas.computeIfAbsent(key, k -> new Totals()).add(input);
            }
        }
        if (deltas.isEmpty()) {
            return;
        }
        List<Integer> months =
                deltas.keySet().stream().map(Key::periodMonth).distinct().toList();
        Set<Key> existing = new HashSet<>(jdbc.query(
                "select period_month, scope_item_key from deliverable_month_total where contract_id = ? "
                        + "and period_month in (" + placeholders(months.size()) + ")",
                (rs, row) -> new Key(rs.getInt(1), rs.getString(2)),
                args(contractId, months)));
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        String contract = contractId.toString();
        deltas.forEach((key, delta) -> {
            if (existing.contains(key)) {
                updates.add(new Object[] {
                    delta.delivered,
                    delta.onTime,
                    delta.firstPass,
                    delta.afterRework,
                    delta.rejected,
                    delta.billableUnits,
                    delta.recordedCost,
                    contract,
                    key.periodMonth(),
                    key.scopeItemKey()
                });
            } else {
                inserts.add(new Object[] {
                    contract,
                    key.periodMonth(),
                    key.scopeItemKey(),
                    delta.delivered,
                    delta.onTime,
                    delta.firstPass,
                    delta.afterRework,
                    delta.rejected,
                    delta.billableUnits,
                    delta.recordedCost
                });
            }
        });
        if (!updates.isEmpty()) {
            jdbc.batchUpdate(ADD, updates);
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate(INSERT_ROW, inserts);
        }
    }

    /** Recomputes the totals of {@code periodMonths} (yyyymm) of one contract; nothing to do for none. */
    public void recompute(UUID contractId, Collection<Integer> periodMonths) {
        ContractMonths.forgetComputed();
        if (periodMonths.isEmpty()) {
            return;
        }
        List<Integer> months = periodMonths.stream().distinct().sorted().toList();
        String placeholders = placeholders(months.size());
        Object[] args = args(contractId, months);
        jdbc.update(DELETE.formatted(placeholders), args);
        jdbc.update(INSERT.formatted(placeholders), args);
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static Object[] args(UUID contractId, List<Integer> months) {
        Object[] args = new Object[months.size() + 1];
        args[0] = contractId.toString();
        for (int i = 0; i < months.size(); i++) {
            args[i + 1] = months.get(i);
        }
        return args;
    }

    private record Key(int periodMonth, String scopeItemKey) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            int byMonth = Integer.compare(periodMonth, other.periodMonth);
            return byMonth != 0 ? byMonth : scopeItemKey.compareTo(other.scopeItemKey);
        }
    }

    /** The totals of some deliverables of one month and scope item. */
    private static final class Totals {
        long delivered;
        long onTime;
        long firstPass;
        long afterRework;
        long rejected;
        long billableUnits;
        BigDecimal recordedCost = BigDecimal.ZERO;

        void add(DeliverableInput input) {
            delivered++;
            if (Boolean.TRUE.equals(input.onTime())) {
                onTime++;
            }
            QualityOutcome quality = input.quality();
            if (quality == QualityOutcome.FIRST_PASS) {
                firstPass++;
            } else if (quality == QualityOutcome.AFTER_REWORK) {
                afterRework++;
            }
            if (quality == QualityOutcome.REJECTED) {
                rejected++;
            } else {
                billableUnits += input.units();
                if (input.cost() != null) {
                    recordedCost = recordedCost.add(input.cost());
                }
            }
        }
    }
}
