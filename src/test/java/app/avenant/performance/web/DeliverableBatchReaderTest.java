package app.avenant.performance.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.performance.DeliverableInput;
import app.avenant.performance.DeliverableViolation;
import app.avenant.performance.QualityOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON values to typed inputs, without Spring. */
class DeliverableBatchReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @Test
    void a_complete_deliverable_is_read_with_exact_types() {
        DeliverableBatchReader.Batch batch = read("""
                [{"reference":"F-2026-10-001","scopeItem":"factures","dueDate":"2026-10-05",
                  "deliveredOn":"2026-10-04","units":412,"quality":"FIRST_PASS","cost":12.50}]""");

        assertThat(batch.valid()).isTrue();
        assertThat(batch.inputs())
                .containsExactly(new DeliverableInput(
                        "F-2026-10-001",
                        "factures",
                        LocalDate.of(2026, 10, 5),
                        LocalDate.of(2026, 10, 4),
                        412,
                        QualityOutcome.FIRST_PASS,
                        new BigDecimal("12.50")));
    }

    @Test
    void request_and_delivery_times_are_read_as_the_contract_s_local_time_and_the_delivery_day_follows() {
        DeliverableBatchReader.Batch batch = read("""
                [{"reference":"INC-1","scopeItem":"support","requestedAt":"2026-11-10T16:00",
                  "deliveredAt":"2026-11-13T17:00","units":1,"quality":"FIRST_PASS"}]""");

        assertThat(batch.valid()).isTrue();
        DeliverableInput input = batch.inputs().getFirst();
        assertThat(input.requestedAt()).isEqualTo(LocalDateTime.of(2026, 11, 10, 16, 0));
        assertThat(input.deliveredAt()).isEqualTo(LocalDateTime.of(2026, 11, 13, 17, 0));
        assertThat(input.deliveredOn()).isEqualTo(LocalDate.of(2026, 11, 13));
        assertThat(input.dueDate()).isNull(); // the service computes it from the level's deadline
    }

    @Test
    void a_time_with_an_offset_or_a_delivery_time_on_another_day_is_refused_field_by_field() {
        DeliverableBatchReader.Batch batch = read("""
                [{"reference":"INC-1","scopeItem":"support","requestedAt":"2026-11-10T16:00:00Z","units":1},
                 {"reference":"INC-2","scopeItem":"support","deliveredOn":"2026-11-12",
                  "deliveredAt":"2026-11-13T17:00","units":1}]""");

        assertThat(batch.valid()).isFalse();
        assertThat(batch.violations())
                .extracting(DeliverableViolation::index, DeliverableViolation::field, DeliverableViolation::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, "requestedAt", "performance.api.error.dateTime"),
                        org.assertj.core.groups.Tuple.tuple(
                                1, "deliveredAt", "performance.api.error.deliveredAt.otherDay"));
    }

    @Test
    void a_pending_deliverable_leaves_delivery_quality_and_cost_empty() {
        DeliverableBatchReader.Batch batch = read("""
                [{"reference":"F-1","scopeItem":"factures","dueDate":"2026-10-05","deliveredOn":null,"units":3}]""");

        DeliverableInput input = batch.inputs().getFirst();
        assertThat(input.deliveredOn()).isNull();
        assertThat(input.quality()).isNull();
        assertThat(input.cost()).isNull();
    }

    @Test
    void missing_texts_and_dates_are_left_to_the_service_rules() {
        DeliverableBatchReader.Batch batch = read("[{\"units\":3}]");

        assertThat(batch.valid()).isTrue();
        DeliverableInput input = batch.inputs().getFirst();
        assertThat(input.reference()).isNull();
        assertThat(input.scopeItemKey()).isNull();
        assertThat(input.dueDate()).isNull();
    }

    @Test
    void lenient_where_harmless_quality_in_any_case_and_a_cost_as_text() {
        DeliverableBatchReader.Batch batch = read("""
                [{"reference":"F-1","scopeItem":"s","dueDate":"2026-10-05","deliveredOn":"2026-10-05",
                  "units":412.0,"quality":"after rework","cost":"7.25"}]""");

        DeliverableInput input = batch.inputs().getFirst();
        assertThat(input.units()).isEqualTo(412);
        assertThat(input.quality()).isEqualTo(QualityOutcome.AFTER_REWORK);
        assertThat(input.cost()).isEqualTo(new BigDecimal("7.25"));
    }

    @Test
    void every_value_of_a_wrong_type_is_reported_with_its_index_and_field() {
        DeliverableBatchReader.Batch batch = read("""
                [{"reference":"F-1","scopeItem":"s","dueDate":"2026-10-05","units":1},
                 {"reference":42,"scopeItem":"s","dueDate":"05/10/2026","units":1.5,"quality":"GOOD","cost":"douze"},
                 "not an object",
                 {"reference":"F-4","scopeItem":"s","dueDate":"2026-10-05","deliveredOn":"2026-02-30","foo":1}]""");

        assertThat(batch.valid()).isFalse();
        assertThat(batch.inputs()).isEmpty();
        assertThat(batch.violations())
                .extracting(v -> v.index() + ":" + v.field() + ":" + v.code())
                .containsExactlyInAnyOrder(
                        "1:reference:performance.api.error.text",
                        "1:dueDate:performance.api.error.date",
                        "1:units:performance.api.error.integer",
                        "1:quality:performance.api.error.quality",
                        "1:cost:performance.api.error.amount",
                        "2:deliverable:performance.api.error.notObject",
                        "3:foo:performance.api.error.unknownField",
                        "3:deliveredOn:performance.api.error.date",
                        "3:units:performance.api.error.required");
        DeliverableViolation date = batch.violations().stream()
                .filter(v -> v.field().equals("dueDate"))
                .findFirst()
                .orElseThrow();
        assertThat(date.args()).containsExactly("05/10/2026");
    }

    @Test
    void a_long_wrong_value_is_shortened_in_the_message_arguments() {
        DeliverableBatchReader.Batch batch = read("[{\"units\":\"" + "9".repeat(500) + "\"}]");

        assertThat(batch.violations().getFirst().args().getFirst())
                .hasSizeLessThan(50)
                .endsWith("…");
    }

    private static DeliverableBatchReader.Batch read(String json) {
        JsonNode items = JSON.readTree(json);
        return DeliverableBatchReader.read(items);
    }
}
