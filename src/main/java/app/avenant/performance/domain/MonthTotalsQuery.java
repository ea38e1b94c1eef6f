package app.avenant.performance.domain;

import app.avenant.performance.metrics.ItemActuals;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the monthly totals kept beside the deliverables ({@code deliverable_month_total}, one row per month and
 * scope item): one statement for any number of months, a few dozen rows rather than the deliverables themselves.
 */
@Component
public class MonthTotalsQuery {

    private final JdbcTemplate jdbc;

    MonthTotalsQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per month (yyyymm, ascending), per scope item key: what was delivered in {@code first}..{@code last}. */
    public Map<Integer, Map<String, ItemActuals>> between(UUID contractId, int first, int last) {
        Map<Integer, Map<String, ItemActuals>> byMonth = new TreeMap<>();
        jdbc.query(
                """
                        select period_month, scope_item_key, sum(delivered), sum(on_time), sum(first_pass),
                               sum(after_rework), sum(rejected), sum(billable_units), sum(recorded_cost)
                        from deliverable_month_total
                        where contract_id = ? and period_month between ? and ?
                        group by period_month, scope_item_key
                        """,
                rs -> {
                    BigDecimal cost = rs.getBigDecimal(9);
                    byMonth.computeIfAbsent(rs.getInt(1), m -> new HashMap<>())
                            .put(
                                    rs.getString(2),
                                    new ItemActuals(
                                            rs.getLong(3),
                                            rs.getLong(4),
                                            rs.getLong(5),
                                            rs.getLong(6),
                                            rs.getLong(7),
                                            rs.getLong(8),
                                            cost != null ? cost : BigDecimal.ZERO));
                },
                contractId,
                first,
                last);
        return byMonth;
    }
}
