package app.avenant.performance.domain;

import app.avenant.performance.metrics.ItemActuals;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what a contract's months are computed from, in one statement for any number of months: the monthly totals
 * kept beside the deliverables ({@code deliverable_month_total}, one row per month and scope item, a few dozen rows
 * rather than the deliverables themselves) and the service levels measured ({@code sla_measurement}). Both come in
 * one statement (a union) because every screen that shows figures needs both (issue 13, point 4).
 */
@Component
public class MonthTotalsQuery {

    /** What was delivered per month (yyyymm, ascending) and scope item; what was measured per month and service level. */
    public record MonthData(
            Map<Integer, Map<String, ItemActuals>> actuals, Map<YearMonth, Map<String, BigDecimal>> measured) {}

    private final JdbcTemplate jdbc;

    MonthTotalsQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The totals and the measurements of {@code first}..{@code last} (yyyymm). */
    public MonthData between(UUID contractId, int first, int last) {
        Map<Integer, Map<String, ItemActuals>> actuals = new TreeMap<>();
        Map<YearMonth, Map<String, BigDecimal>> measured = new HashMap<>();
        jdbc.query(
                """
                        select 'T', period_month, scope_item_key, sum(delivered), sum(on_time), sum(first_pass),
                               sum(after_rework), sum(rejected), sum(billable_units), sum(recorded_cost), null
                        from deliverable_month_total
                        where contract_id = ? and period_month between ? and ?
                        group by period_month, scope_item_key
                        union all
                        select 'M', period_month, service_level_key, null, null, null, null, null, null, null,
                               measured_percent
                        from sla_measurement
                        where contract_id = ? and period_month between ? and ?
                        """,
                rs -> {
                    int month = rs.getInt(2);
                    String key = rs.getString(3);
                    if ("M".equals(rs.getString(1))) {
                        measured.computeIfAbsent(PeriodMonths.toYearMonth(month), m -> new HashMap<>())
                                .put(key, rs.getBigDecimal(11));
                        return;
                    }
                    BigDecimal cost = rs.getBigDecimal(10);
                    actuals.computeIfAbsent(month, m -> new HashMap<>())
                            .put(
                                    key,
                                    new ItemActuals(
                                            rs.getLong(4),
                                            rs.getLong(5),
                                            rs.getLong(6),
                                            rs.getLong(7),
                                            rs.getLong(8),
                                            rs.getLong(9),
                                            cost != null ? cost : BigDecimal.ZERO));
                },
                contractId,
                first,
                last,
                contractId,
                first,
                last);
        return new MonthData(actuals, measured);
    }
}
