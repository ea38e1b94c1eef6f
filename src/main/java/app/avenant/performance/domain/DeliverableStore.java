package app.avenant.performance.domain;

import app.avenant.performance.DeliverableFilter;
import app.avenant.performance.DeliverableInput;
import app.avenant.performance.DeliverableSource;
import app.avenant.performance.QualityOutcome;
import app.avenant.shared.TimeOrderedIds;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The {@code deliverable} table through plain JDBC: batches of up to 10 000 rows are inserted with one JDBC
 * batch (an entity per row would cost a flush and a persistence-context entry each), and lists read exactly
 * the columns they show. UUIDs are bound as text, which both H2 and MariaDB convert to their uuid type.
 * Every call is one SQL statement (one per 1 000 references for {@link #byReferences}).
 */
@Component
public class DeliverableStore {

    /** How many references one look-up binds at most. */
    static final int REFERENCES_PER_QUERY = 1_000;

    private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"));

    private static final String COLUMNS = """
            id, reference, scope_item_key, due_date, delivered_on, units, quality, cost, on_time, source,
            recorded_by, recorded_at, period_month, requested_at, due_at, delivered_at""";

    private static final String INSERT = """
            insert into deliverable (id, contract_id, reference, scope_item_key, due_date, delivered_on,
                period_month, delivered, on_time, units, quality, cost, source, recorded_by, recorded_at,
                requested_at, due_at, delivered_at, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

    private static final String UPDATE = """
            update deliverable set scope_item_key = ?, due_date = ?, delivered_on = ?, period_month = ?,
                delivered = ?, on_time = ?, units = ?, quality = ?, cost = ?, recorded_by = ?, recorded_at = ?,
                requested_at = ?, due_at = ?, delivered_at = ?, version = version + 1
            where contract_id = ? and id = ?""";

    private final JdbcTemplate jdbc;

    DeliverableStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored deliverable: its values as an input, plus what was derived and who recorded it. */
    public record Stored(
            UUID id,
            DeliverableInput values,
            @Nullable Boolean onTime,
            DeliverableSource source,
            String recordedBy,
            Instant recordedAt,
            int periodMonth) {

        public YearMonth month() {
            return PeriodMonths.toYearMonth(periodMonth);
        }
    }

    // --- derived columns ---

    /** yyyymm of the delivery month, or of the due month while pending. */
    public static int periodMonthOf(DeliverableInput input) {
        LocalDate day = input.deliveredOn() != null ? input.deliveredOn() : input.dueDate();
        return PeriodMonths.of(YearMonth.from(day));
    }

    // --- reads ---

    /** The stored deliverables of the contract under those references, by reference. */
    public Map<String, DeliverableInput> byReferences(UUID contractId, Collection<String> references) {
        List<String> distinct = references.stream().distinct().toList();
        Map<String, DeliverableInput> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += REFERENCES_PER_QUERY) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + REFERENCES_PER_QUERY));
            Object[] args = new Object[chunk.size() + 1];
            args[0] = contractId.toString();
            for (int i = 0; i < chunk.size(); i++) {
                args[i + 1] = chunk.get(i);
            }
            jdbc.query(
                            "select " + COLUMNS + " from deliverable where contract_id = ? and reference in ("
                                    + placeholders(chunk.size()) + ")",
                            STORED,
                            args)
                    .forEach(stored -> found.put(stored.values().reference(), stored.values()));
        }
        return found;
    }

    public Optional<Stored> find(UUID contractId, UUID id) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from deliverable where contract_id = ? and id = ?",
                        STORED,
                        contractId.toString(),
                        id.toString())
                .stream()
                .findFirst();
    }

    /** One page, newest due date first (then by reference, so pages never overlap). */
    public List<Stored> page(UUID contractId, DeliverableFilter filter, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(contractId, filter, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query(
                "select " + COLUMNS + " from deliverable" + where
                        + " order by due_date desc, reference desc limit ? offset ?",
                STORED,
                args.toArray());
    }

    /** Per contract of {@code contractIds}, how many deliverables are not delivered past their due date (one statement). */
    public Map<UUID, Long> overdueCounts(Collection<UUID> contractIds, java.time.LocalDate today) {
        if (contractIds.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(contractIds.size(), "?"));
        List<Object> args = new java.util.ArrayList<>(contractIds);
        args.add(today);
        Map<UUID, Long> counts = new java.util.HashMap<>();
        jdbc.query(
                "select contract_id, count(*) as late from deliverable where contract_id in (" + marks
                        + ") and delivered = false and due_date < ? group by contract_id",
                rs -> {
                    counts.put(rs.getObject("contract_id", UUID.class), rs.getLong("late"));
                },
                args.toArray());
        return counts;
    }

    public long count(UUID contractId, DeliverableFilter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(contractId, filter, args);
        Long count = jdbc.queryForObject("select count(*) from deliverable" + where, Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    private static String where(UUID contractId, DeliverableFilter filter, List<Object> args) {
        StringBuilder where = new StringBuilder(" where contract_id = ?");
        args.add(contractId.toString());
        if (filter.month() != null) {
            where.append(" and period_month = ?");
            args.add(PeriodMonths.of(filter.month()));
        }
        if (filter.scopeItemKey() != null) {
            where.append(" and scope_item_key = ?");
            args.add(filter.scopeItemKey());
        }
        if (filter.pendingOnly()) {
            where.append(" and delivered = ?");
            args.add(false);
        }
        if (filter.lateOn() != null) {
            where.append(" and delivered = ? and due_date < ?");
            args.add(false);
            args.add(filter.lateOn());
        }
        return where.toString();
    }

    // --- writes ---

    /** Inserts the batch in one JDBC batch; returns the period months it touched. */
    public List<Integer> insert(
            UUID contractId,
            List<DeliverableInput> batch,
            DeliverableSource source,
            String recordedBy,
            Instant recordedAt) {
        String contract = contractId.toString();
        Timestamp at = Timestamp.from(recordedAt);
        jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                DeliverableInput input = batch.get(i);
                ps.setString(1, TimeOrderedIds.next().toString());
                ps.setString(2, contract);
                ps.setString(3, input.reference());
                ps.setString(4, input.scopeItemKey());
                ps.setObject(5, input.dueDate());
                setDate(ps, 6, input.deliveredOn());
                ps.setInt(7, periodMonthOf(input));
                ps.setBoolean(8, input.deliveredOn() != null);
                setBoolean(ps, 9, input.onTime());
                ps.setLong(10, input.units());
                setQuality(ps, 11, input.quality());
                setCost(ps, 12, input.cost());
                ps.setString(13, source.name());
                ps.setString(14, recordedBy);
                ps.setTimestamp(15, at, UTC);
                setDateTime(ps, 16, input.requestedAt());
                setDateTime(ps, 17, input.dueAt());
                setDateTime(ps, 18, input.deliveredAt());
            }

            @Override
            public int getBatchSize() {
                return batch.size();
            }
        });
        return batch.stream().map(DeliverableStore::periodMonthOf).distinct().toList();
    }

    /** Replaces every value but the reference and the source; the recorder becomes the corrector. */
    public void update(UUID contractId, UUID id, DeliverableInput corrected, String recordedBy, Instant recordedAt) {
        jdbc.update(UPDATE, ps -> {
            ps.setString(1, corrected.scopeItemKey());
            ps.setObject(2, corrected.dueDate());
            setDate(ps, 3, corrected.deliveredOn());
            ps.setInt(4, periodMonthOf(corrected));
            ps.setBoolean(5, corrected.deliveredOn() != null);
            setBoolean(ps, 6, corrected.onTime());
            ps.setLong(7, corrected.units());
            setQuality(ps, 8, corrected.quality());
            setCost(ps, 9, corrected.cost());
            ps.setString(10, recordedBy);
            ps.setTimestamp(11, Timestamp.from(recordedAt), UTC);
            setDateTime(ps, 12, corrected.requestedAt());
            setDateTime(ps, 13, corrected.dueAt());
            setDateTime(ps, 14, corrected.deliveredAt());
            ps.setString(15, contractId.toString());
            ps.setString(16, id.toString());
        });
    }

    public void delete(UUID contractId, UUID id) {
        jdbc.update("delete from deliverable where contract_id = ? and id = ?", contractId.toString(), id.toString());
    }

    // --- mapping ---

    private static final RowMapper<Stored> STORED = (rs, row) -> {
        DeliverableInput values = new DeliverableInput(
                rs.getString("reference"),
                rs.getString("scope_item_key"),
                rs.getObject("due_date", LocalDate.class),
                rs.getObject("delivered_on", LocalDate.class),
                rs.getLong("units"),
                quality(rs.getString("quality")),
                rs.getBigDecimal("cost"),
                rs.getObject("requested_at", LocalDateTime.class),
                rs.getObject("delivered_at", LocalDateTime.class),
                rs.getObject("due_at", LocalDateTime.class));
        return new Stored(
                UUID.fromString(rs.getString("id")),
                values,
                nullableBoolean(rs, "on_time"),
                DeliverableSource.valueOf(rs.getString("source")),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at", UTC).toInstant(),
                rs.getInt("period_month"));
    };

    private static @Nullable QualityOutcome quality(@Nullable String name) {
        return name == null ? null : QualityOutcome.valueOf(name);
    }

    private static @Nullable Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    private static void setDateTime(PreparedStatement ps, int index, @Nullable LocalDateTime time) throws SQLException {
        if (time == null) {
            ps.setNull(index, Types.TIMESTAMP);
        } else {
            ps.setObject(index, time);
        }
    }

    private static void setDate(PreparedStatement ps, int index, @Nullable LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, date);
        }
    }

    private static void setBoolean(PreparedStatement ps, int index, @Nullable Boolean value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BOOLEAN);
        } else {
            ps.setBoolean(index, value);
        }
    }

    private static void setQuality(PreparedStatement ps, int index, @Nullable QualityOutcome quality)
            throws SQLException {
        if (quality == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, quality.name());
        }
    }

    private static void setCost(PreparedStatement ps, int index, @Nullable BigDecimal cost) throws SQLException {
        if (cost == null) {
            ps.setNull(index, Types.DECIMAL);
        } else {
            ps.setBigDecimal(index, cost);
        }
    }

    private static String placeholders(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> "?").collect(Collectors.joining(", "));
    }
}
