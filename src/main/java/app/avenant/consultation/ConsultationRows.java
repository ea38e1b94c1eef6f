package app.avenant.consultation;

import app.avenant.contract.Activity;
import app.avenant.contract.terms.ObjectiveKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The consultation tables as {@link ConsultationService} reads them: a consultation, its offers, and the lists of an
 * organisation's consultations (one statement each, bounded pages). No right is checked here: the service checks the
 * caller's on the rows it reads.
 */
@Component
class ConsultationRows {

    /** How many consultations the home lists at most. */
    private static final int NEEDING = 20;

    private static final String COUNTED = "(select count(*) from consultation_offer o where o.consultation_id = c.id)"
            + " invited, (select count(*) from consultation_offer o where o.consultation_id = c.id"
            + " and o.answered_at is not null) answered";

    private final JdbcTemplate jdbc;

    ConsultationRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A consultation row. */
    record Row(
            UUID id,
            UUID clientId,
            String title,
            Activity activity,
            ObjectiveKind serves,
            String need,
            Set<SecurityQuestion> questions,
            LocalDate answerBy,
            ConsultationStatus status,
            UUID createdBy,
            Instant createdAt,
            @Nullable Instant decidedAt,
            String decisionReason,
            @Nullable UUID chosenOfferId,
            @Nullable UUID contractId,
            @Nullable UUID changeRequestId,
            @Nullable Weights decisionWeights) {}

    /** An offer row. */
    record OfferRow(
            UUID id,
            UUID providerId,
            OfferStatus status,
            @Nullable String terms,
            @Nullable String answers,
            String note,
            @Nullable Instant answeredAt,
            @Nullable UUID answeredBy,
            String declineReason) {}

    /** A consultation listed, with its offers counted (the PME) or the reader's own offer (a provider). */
    record Listed(
            Row row, int invited, int answered, @Nullable OfferStatus mine) {}

    private static Listed listed(ResultSet rs, boolean provider) throws SQLException {
        return new Listed(
                row(rs),
                rs.getInt("invited"),
                rs.getInt("answered"),
                provider ? OfferStatus.valueOf(rs.getString("my_offer")) : null);
    }

    List<Listed> ofClient(UUID organisationId, int offset, int limit) {
        return jdbc.query(
                "select c.*, " + COUNTED + " from consultation c where c.client_organisation_id = ?"
                        + " order by c.created_at desc, c.id limit ? offset ?",
                (rs, i) -> listed(rs, false),
                organisationId,
                limit,
                offset);
    }

    List<Listed> ofProvider(UUID organisationId, int offset, int limit) {
        return jdbc.query(
                "select c.*, o.status my_offer, 0 invited, 0 answered from consultation c"
                        + " join consultation_offer o on o.consultation_id = c.id"
                        + " where o.provider_organisation_id = ? order by c.created_at desc, c.id limit ? offset ?",
                (rs, i) -> listed(rs, true),
                organisationId,
                limit,
                offset);
    }

    long count(UUID organisationId, boolean client) {
        Long count = jdbc.queryForObject(
                client
                        ? "select count(*) from consultation where client_organisation_id = ?"
                        : "select count(*) from consultation_offer where provider_organisation_id = ?",
                Long.class,
                organisationId);
        return count == null ? 0 : count;
    }

    /** The PME's open consultations with an offer in, or past their answer date. */
    List<Listed> needingClient(UUID organisationId, LocalDate today) {
        return jdbc.query(
                "select * from (select c.*, " + COUNTED + " from consultation c where c.client_organisation_id = ?"
                        + " and c.status = 'OPEN') t where t.answered > 0 or t.answer_by < ?"
                        + " order by t.answer_by, t.id limit " + NEEDING,
                (rs, i) -> listed(rs, false),
                organisationId,
                today);
    }

    /** A provider's invitations still to answer, and the decisions on its offers since {@code since}. */
    List<Listed> needingProvider(UUID organisationId, LocalDate today, Instant since) {
        return jdbc.query(
                "select c.*, o.status my_offer, 0 invited, 0 answered from consultation c"
                        + " join consultation_offer o on o.consultation_id = c.id where o.provider_organisation_id = ?"
                        + " and ((c.status = 'OPEN' and o.status = 'INVITED' and c.answer_by >= ?)"
                        + " or (c.status <> 'OPEN' and c.decided_at >= ? and o.status in ('CHOSEN', 'NOT_CHOSEN')))"
                        + " order by c.answer_by, c.id limit " + NEEDING,
                (rs, i) -> listed(rs, true),
                organisationId,
                today,
                Timestamp.from(since));
    }

    Row row(UUID id) {
        List<Row> found = jdbc.query("select * from consultation where id = ?", (rs, i) -> row(rs), id);
        if (found.isEmpty()) {
            throw new ConsultationNotFoundException(id);
        }
        return found.getFirst();
    }

    List<OfferRow> offers(UUID consultationId) {
        return jdbc.query(
                "select * from consultation_offer where consultation_id = ? order by id",
                (rs, i) -> new OfferRow(
                        rs.getObject("id", UUID.class),
                        rs.getObject("provider_organisation_id", UUID.class),
                        OfferStatus.valueOf(rs.getString("status")),
                        rs.getString("terms"),
                        rs.getString("answers"),
                        rs.getString("note"),
                        instant(rs, "answered_at"),
                        rs.getObject("answered_by", UUID.class),
                        rs.getString("decline_reason")),
                consultationId);
    }

    private static Row row(ResultSet rs) throws SQLException {
        String questions = rs.getString("questions");
        Set<SecurityQuestion> asked = EnumSet.noneOf(SecurityQuestion.class);
        if (!questions.isBlank()) {
            Arrays.stream(questions.split(",")).map(SecurityQuestion::valueOf).forEach(asked::add);
        }
        String reason = rs.getString("decision_reason");
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("client_organisation_id", UUID.class),
                rs.getString("title"),
                Activity.valueOf(rs.getString("activity")),
                ObjectiveKind.valueOf(rs.getString("serves")),
                rs.getString("need"),
                asked,
                rs.getObject("answer_by", LocalDate.class),
                ConsultationStatus.valueOf(rs.getString("status")),
                rs.getObject("created_by", UUID.class),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs, "decided_at"),
                reason == null ? "" : reason,
                rs.getObject("chosen_offer_id", UUID.class),
                rs.getObject("contract_id", UUID.class),
                rs.getObject("change_request_id", UUID.class),
                weights(rs.getString("decision_weights")));
    }

    private static @Nullable Weights weights(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        String[] parts = stored.split(",");
        return new Weights(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
