package app.avenant.performance;

import static app.avenant.performance.PerformanceFixtures.INVOICES;
import static app.avenant.performance.PerformanceFixtures.PAYROLL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.avenant.contract.VersionAdoption;
import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.Renewal;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.Terms;
import app.avenant.performance.domain.DeliverableRules;
import app.avenant.performance.metrics.VersionTimeline;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of a deliverable, without Spring or a database. */
class DeliverableRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);

    /** Version 1 from the start; version 2 (no payroll, adds "relances") adopted on 15 June. */
    private final VersionTimeline timeline = new VersionTimeline(List.of(
            new VersionAdoption(1, Instant.parse("2025-12-15T10:00:00Z")),
            new VersionAdoption(2, Instant.parse("2026-06-15T10:00:00Z"))));

    private final Terms v1 = PerformanceFixtures.workedExampleTerms();
    private final Terms v2 = v1.withoutScopeItem(PAYROLL)
            .withScopeItem(new ScopeItem("relances", "Relances", "", "", "", "", false, null));
    private final DeliverableRules rules = new DeliverableRules(timeline, Map.of(1, v1, 2, v2), TODAY);

    @Test
    void a_complete_delivered_deliverable_breaks_no_rule() {
        assertThat(violations(input(
                        "LIV-2026/03.001 a_b",
                        INVOICES,
                        MARCH_10,
                        MARCH_10,
                        412,
                        QualityOutcome.FIRST_PASS,
                        new BigDecimal("12.30"))))
                .isEmpty();
        assertThat(violations(input("Facture-Éclair", INVOICES, MARCH_10, null, 1, null, null)))
                .as("accented letters and a pending deliverable")
                .isEmpty();
    }

    @Test
    void the_reference_is_required_short_and_plain() {
        assertThat(codes(input(" ", INVOICES, MARCH_10, MARCH_10, 1, QualityOutcome.FIRST_PASS, null)))
                .containsExactly("performance.error.reference.required");
        assertThat(codes(input("A".repeat(80), INVOICES, MARCH_10, MARCH_10, 1, QualityOutcome.FIRST_PASS, null)))
                .isEmpty();
        assertThat(violations(input("A".repeat(81), INVOICES, MARCH_10, MARCH_10, 1, QualityOutcome.FIRST_PASS, null)))
                .extracting(DeliverableViolation::code, DeliverableViolation::args)
                .containsExactly(tuple("performance.error.reference.tooLong", List.of("80")));
        for (String bad : List.of("LIV;1", "LIV\"1", "<b>", "LIV,1", "a\tb")) {
            assertThat(codes(input(bad, INVOICES, MARCH_10, MARCH_10, 1, QualityOutcome.FIRST_PASS, null)))
                    .as(bad)
                    .containsExactly("performance.error.reference.invalid");
        }
    }

    @Test
    void the_scope_item_must_exist_in_the_version_pricing_the_month() {
        LocalDate may = LocalDate.of(2026, 5, 31);
        LocalDate june = LocalDate.of(2026, 6, 1);
        assertThat(codes(input("a", PAYROLL, may, may, 1, QualityOutcome.FIRST_PASS, null)))
                .isEmpty();
        assertThat(violations(input("a", PAYROLL, may, june, 1, QualityOutcome.FIRST_PASS, null)))
                .as("the delivery month counts, not the due month")
                .extracting(DeliverableViolation::field, DeliverableViolation::code, DeliverableViolation::args)
                .containsExactly(
                        tuple("scopeItem", "performance.error.scopeItem.unknown", List.of(PAYROLL, "06/2026")));
        assertThat(codes(input("a", "relances", june, null, 1, null, null)))
                .as("a pending one counts in its due month")
                .isEmpty();
        assertThat(codes(input("a", "relances", may, null, 1, null, null)))
                .containsExactly("performance.error.scopeItem.unknown");
        assertThat(codes(input("a", "", may, may, 1, QualityOutcome.FIRST_PASS, null)))
                .containsExactly("performance.error.scopeItem.required");
    }

    @Test
    void dates_are_required_not_in_the_future_and_not_before_the_contract() {
        assertThat(codes(input("a", INVOICES, null, null, 1, null, null)))
                .containsExactly("performance.error.dueDate.required");
        assertThat(codes(input("a", INVOICES, TODAY, TODAY, 1, QualityOutcome.FIRST_PASS, null)))
                .isEmpty();
        assertThat(violations(input("a", INVOICES, TODAY, TODAY.plusDays(1), 1, QualityOutcome.FIRST_PASS, null)))
                .extracting(DeliverableViolation::code, DeliverableViolation::args)
                .containsExactly(tuple("performance.error.deliveredOn.future", List.of("27/11/2026")));
        assertThat(codes(input("a", INVOICES, TODAY.plusMonths(2), null, 1, null, null)))
                .as("a pending one may be due later")
                .isEmpty();
        LocalDate newYearsEve = LocalDate.of(2025, 12, 31);
        assertThat(violations(input("a", INVOICES, newYearsEve, newYearsEve, 1, QualityOutcome.FIRST_PASS, null)))
                .extracting(DeliverableViolation::code, DeliverableViolation::args)
                .containsExactly(
                        tuple("performance.error.dueDate.beforeStart", List.of("01/01/2026")),
                        tuple("performance.error.deliveredOn.beforeStart", List.of("01/01/2026")));
        assertThat(codes(input(
                        "a",
                        INVOICES,
                        PerformanceFixtures.START,
                        PerformanceFixtures.START,
                        1,
                        QualityOutcome.FIRST_PASS,
                        null)))
                .as("the first day is in")
                .isEmpty();
        assertThat(codes(input("a", INVOICES, MARCH_10, MARCH_10.plusDays(30), 1, QualityOutcome.FIRST_PASS, null)))
                .as("late is allowed: it lowers the on-time rate")
                .isEmpty();
    }

    @Test
    void a_due_date_lies_at_most_five_years_ahead_however_long_the_contract_renews() {
        LocalDate horizon = TODAY.plusYears(5);
        assertThat(codes(input("a", INVOICES, horizon, null, 1, null, null)))
                .as("tacit renewal: no end, but a horizon; its last day is in")
                .isEmpty();
        assertThat(violations(input("a", INVOICES, horizon.plusDays(1), null, 1, null, null)))
                .extracting(DeliverableViolation::field, DeliverableViolation::code, DeliverableViolation::args)
                .containsExactly(tuple("dueDate", "performance.error.dueDate.tooFar", List.of("27/11/2031", "5")));
        for (LocalDate typo :
                List.of(LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1), LocalDate.of(2062, 3, 10))) {
            assertThat(codes(input("a", INVOICES, typo, null, 1, null, null)))
                    .as(typo.toString())
                    .containsExactly("performance.error.dueDate.tooFar");
        }
    }

    @Test
    void with_express_renewal_both_dates_stay_within_the_initial_term() {
        // twelve months from 1 January 2026, ending with them: the last day is 31 December 2026
        Terms express = v2.withHeader(new ContractHeader(
                PerformanceFixtures.START, 12, Renewal.EXPRESS, 12, 3, new BigDecimal("12"), new BigDecimal("5000")));
        DeliverableRules endingRules =
                new DeliverableRules(timeline, Map.of(1, v1, 2, express), LocalDate.of(2027, 2, 1));
        LocalDate lastDay = LocalDate.of(2026, 12, 31);
        LocalDate dayAfter = LocalDate.of(2027, 1, 1);

        assertThat(DeliverableRules.contractEnd(express.header())).isEqualTo(lastDay);
        assertThat(endingRules
                        .check(
                                List.of(input("a", INVOICES, lastDay, lastDay, 1, QualityOutcome.FIRST_PASS, null)),
                                Set.of(),
                                Map.of())
                        .violations())
                .as("the last day is in")
                .isEmpty();
        assertThat(endingRules
                        .check(
                                List.of(input("a", INVOICES, dayAfter, dayAfter, 1, QualityOutcome.FIRST_PASS, null)),
                                Set.of(),
                                Map.of())
                        .violations())
                .extracting(DeliverableViolation::field, DeliverableViolation::code, DeliverableViolation::args)
                .containsExactly(
                        tuple("dueDate", "performance.error.dueDate.afterEnd", List.of("31/12/2026")),
                        tuple("deliveredOn", "performance.error.deliveredOn.afterEnd", List.of("31/12/2026")));
        assertThat(DeliverableRules.contractEnd(v1.header()))
                .as("tacit renewal: no end known")
                .isNull();
    }

    @Test
    void an_amendment_extending_the_term_extends_it_for_every_deliverable() {
        Terms ending = v2.withHeader(new ContractHeader(
                PerformanceFixtures.START, 12, Renewal.EXPRESS, 12, 3, new BigDecimal("12"), new BigDecimal("5000")));
        Terms extended = ending.withHeader(new ContractHeader(
                PerformanceFixtures.START, 24, Renewal.EXPRESS, 12, 3, new BigDecimal("12"), new BigDecimal("5000")));
        VersionTimeline amended = new VersionTimeline(List.of(
                new VersionAdoption(1, Instant.parse("2025-12-15T10:00:00Z")),
                new VersionAdoption(2, Instant.parse("2026-06-15T10:00:00Z")),
                new VersionAdoption(3, Instant.parse("2026-11-02T10:00:00Z"))));
        DeliverableRules rulesNow = new DeliverableRules(amended, Map.of(1, v1, 2, ending, 3, extended), TODAY);

        assertThat(rulesNow.check(
                                List.of(input("a", INVOICES, LocalDate.of(2027, 6, 30), null, 1, null, null)),
                                Set.of(),
                                Map.of())
                        .violations())
                .isEmpty();
    }

    @Test
    void units_are_at_least_one_and_at_most_ten_million() {
        assertThat(codes(unitsOf(-1))).containsExactly("performance.error.units.negative");
        assertThat(codes(unitsOf(0))).containsExactly("performance.error.units.min");
        assertThat(codes(unitsOf(1))).isEmpty();
        assertThat(codes(unitsOf(10_000_000))).isEmpty();
        assertThat(codes(unitsOf(10_000_001))).containsExactly("performance.error.units.tooLarge");
    }

    @Test
    void quality_is_required_once_delivered_and_absent_while_pending() {
        assertThat(violations(input("a", INVOICES, MARCH_10, MARCH_10, 1, null, null)))
                .extracting(DeliverableViolation::field, DeliverableViolation::code)
                .containsExactly(tuple("quality", "performance.error.quality.required"));
        assertThat(codes(input("a", INVOICES, MARCH_10, null, 1, QualityOutcome.AFTER_REWORK, null)))
                .containsExactly("performance.error.quality.pending");
    }

    @Test
    void a_cost_is_positive_in_cents() {
        assertThat(codes(costOf("0"))).isEmpty();
        assertThat(codes(costOf("1540.50"))).isEmpty();
        assertThat(codes(costOf("12.300"))).as("trailing zeros are still cents").isEmpty();
        assertThat(codes(costOf("-0.01"))).containsExactly("performance.error.cost.negative");
        assertThat(codes(costOf("0.001"))).containsExactly("performance.error.cost.cents");
        assertThat(codes(costOf("1000000000"))).containsExactly("performance.error.cost.tooLarge");
    }

    @Test
    void a_locked_month_takes_nothing_new() {
        DeliverableInput march = input("a", INVOICES, MARCH_10, MARCH_10, 1, QualityOutcome.FIRST_PASS, null);
        assertThat(rules.checkLine(0, march, Set.of(YearMonth.of(2026, 3))))
                .extracting(DeliverableViolation::field, DeliverableViolation::code, DeliverableViolation::args)
                .containsExactly(tuple("deliveredOn", "performance.error.month.locked", List.of("03/2026")));
        assertThat(rules.checkLine(0, march, Set.of(YearMonth.of(2026, 4)))).isEmpty();
    }

    @Test
    void every_rule_of_every_line_is_reported() {
        List<DeliverableInput> batch = List.of(
                input("ok", INVOICES, MARCH_10, MARCH_10, 1, QualityOutcome.FIRST_PASS, null),
                input("", "?", MARCH_10, MARCH_10, -1, null, new BigDecimal("-2")),
                input("ok", INVOICES, MARCH_10, MARCH_10, 1, QualityOutcome.FIRST_PASS, null));

        DeliverableRules.Outcome outcome = rules.check(batch, Set.of(), Map.of());

        assertThat(outcome.valid()).isFalse();
        assertThat(outcome.toInsert()).isEmpty();
        assertThat(outcome.violations())
                .extracting(DeliverableViolation::index, DeliverableViolation::code)
                .containsExactly(
                        tuple(1, "performance.error.reference.required"),
                        tuple(1, "performance.error.scopeItem.unknown"),
                        tuple(1, "performance.error.units.negative"),
                        tuple(1, "performance.error.quality.required"),
                        tuple(1, "performance.error.cost.negative"),
                        tuple(2, "performance.error.reference.duplicate"));
        assertThat(outcome.violations().getLast().args())
                .as("the earlier index")
                .containsExactly("0");
    }

    @Test
    void an_identical_stored_deliverable_is_skipped_and_a_different_one_conflicts() {
        DeliverableInput stored =
                input("r1", INVOICES, MARCH_10, MARCH_10, 5, QualityOutcome.FIRST_PASS, new BigDecimal("3.5"));
        DeliverableInput same =
                input("r1", INVOICES, MARCH_10, MARCH_10, 5, QualityOutcome.FIRST_PASS, new BigDecimal("3.50"));
        DeliverableInput fresh = input("r2", INVOICES, MARCH_10, MARCH_10, 5, QualityOutcome.FIRST_PASS, null);

        DeliverableRules.Outcome outcome =
                rules.check(List.of(same, fresh), Set.of(YearMonth.of(2026, 2)), Map.of("r1", stored));
        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.alreadyRecorded()).isEqualTo(1);
        assertThat(outcome.toInsert()).containsExactly(fresh);

        DeliverableInput different =
                input("r1", INVOICES, MARCH_10, MARCH_10, 5, QualityOutcome.AFTER_REWORK, new BigDecimal("3.5"));
        assertThat(rules.check(List.of(different), Set.of(), Map.of("r1", stored))
                        .violations())
                .extracting(DeliverableViolation::code, DeliverableViolation::args)
                .containsExactly(tuple("performance.error.reference.conflict", List.of("r1")));
    }

    @Test
    void a_batch_is_neither_empty_nor_too_large_and_needs_a_contract_version() {
        assertThat(DeliverableRules.sizeViolation(List.of(), 10))
                .extracting(DeliverableViolation::code)
                .isEqualTo("performance.error.batch.empty");
        assertThat(DeliverableRules.sizeViolation(List.of(1, 2, 3), 2))
                .extracting(DeliverableViolation::args)
                .isEqualTo(List.of("2", "3"));
        assertThat(DeliverableRules.sizeViolation(List.of(1, 2), 2)).isNull();

        DeliverableRules noVersion = new DeliverableRules(new VersionTimeline(List.of()), Map.of(), TODAY);
        assertThat(noVersion
                        .check(List.of(unitsOf(1), unitsOf(2)), Set.of(), Map.of())
                        .violations())
                .extracting(DeliverableViolation::field, DeliverableViolation::code)
                .containsExactly(tuple("batch", "performance.error.contract.noTerms"));
    }

    @Test
    void a_deliverable_counts_in_its_delivery_month_or_its_due_month_while_pending() {
        assertThat(DeliverableRules.monthOf(
                        input("a", INVOICES, MARCH_10, LocalDate.of(2026, 4, 1), 1, QualityOutcome.FIRST_PASS, null)))
                .isEqualTo(YearMonth.of(2026, 4));
        assertThat(DeliverableRules.monthOf(input("a", INVOICES, MARCH_10, null, 1, null, null)))
                .isEqualTo(YearMonth.of(2026, 3));
        assertThat(DeliverableRules.versionsPricing(
                        timeline, List.of(input("a", INVOICES, MARCH_10, null, 1, null, null))))
                .containsExactlyInAnyOrder(1, 2);
    }

    // --- helpers ---

    private List<DeliverableViolation> violations(DeliverableInput input) {
        return rules.check(List.of(input), Set.of(), Map.of()).violations();
    }

    private List<String> codes(DeliverableInput input) {
        return violations(input).stream().map(DeliverableViolation::code).toList();
    }

    private static DeliverableInput unitsOf(long units) {
        return input("u", INVOICES, MARCH_10, MARCH_10, units, QualityOutcome.FIRST_PASS, null);
    }

    private static DeliverableInput costOf(String cost) {
        return input("c", INVOICES, MARCH_10, MARCH_10, 1, QualityOutcome.FIRST_PASS, new BigDecimal(cost));
    }

    @SuppressWarnings("DataFlowIssue")
    private static DeliverableInput input(
            String reference,
            String item,
            LocalDate due,
            LocalDate delivered,
            long units,
            QualityOutcome quality,
            BigDecimal cost) {
        return new DeliverableInput(reference, item, due, delivered, units, quality, cost);
    }
}
