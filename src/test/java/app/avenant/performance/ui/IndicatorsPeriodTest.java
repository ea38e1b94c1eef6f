package app.avenant.performance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.performance.IndicatorReport;
import app.avenant.performance.export.SampleMonths;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorsPeriodTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);
    private static final YearMonth START = YearMonth.of(2026, 1);

    @Test
    void without_parameters_the_last_12_months_are_shown_from_the_contracts_start_at_the_earliest() {
        assertThat(resolve(Map.of(), NOW, YearMonth.of(2024, 3)))
                .isEqualTo(new IndicatorsPeriod(YearMonth.of(2025, 12), NOW, null));
        assertThat(resolve(Map.of(), NOW, START)).isEqualTo(new IndicatorsPeriod(START, NOW, null));
    }

    @Test
    void a_contract_starting_next_month_shows_its_first_month() {
        YearMonth next = NOW.plusMonths(1);
        assertThat(resolve(Map.of(), NOW, next)).isEqualTo(new IndicatorsPeriod(next, next, null));
        assertThat(IndicatorsPeriod.choices(NOW, next)).containsExactly(next);
    }

    @Test
    void from_and_to_choose_a_range_and_either_alone_one_month() {
        assertThat(resolve(Map.of("from", List.of("2026-01"), "to", List.of("2026-10")), NOW, START))
                .isEqualTo(new IndicatorsPeriod(START, YearMonth.of(2026, 10), null));
        assertThat(resolve(Map.of("from", List.of("2026-10")), NOW, START).singleMonth())
                .isTrue();
        assertThat(resolve(Map.of("to", List.of("2026-04")), NOW, START))
                .isEqualTo(new IndicatorsPeriod(YearMonth.of(2026, 4), YearMonth.of(2026, 4), null));
    }

    @Test
    void anything_unreadable_or_impossible_falls_back_to_the_default_with_a_message() {
        for (Map<String, List<String>> bad : List.of(
                Map.of("from", List.of("abc")),
                Map.of("from", List.of("2026-13")),
                Map.of("from", List.of("2026-10"), "to", List.of("2026-02")),
                Map.of("from", List.of("2025-06")),
                Map.of("to", List.of("2027-01")),
                Map.of("from", List.of("2026-1")))) {
            assertThat(resolve(bad, NOW, START))
                    .as(bad.toString())
                    .isEqualTo(new IndicatorsPeriod(START, NOW, IndicatorsPeriod.INVALID));
        }
    }

    @Test
    void a_range_longer_than_36_months_is_refused_and_36_accepted() {
        YearMonth start = YearMonth.of(2020, 1);
        assertThat(resolve(Map.of("from", List.of("2022-01"), "to", List.of("2025-01")), NOW, start)
                        .messageKey())
                .isEqualTo(IndicatorsPeriod.TOO_LONG);
        assertThat(resolve(Map.of("from", List.of("2022-01"), "to", List.of("2024-12")), NOW, start)
                        .messageKey())
                .isNull();
    }

    @Test
    void the_parameters_written_read_back_as_the_same_period() {
        IndicatorsPeriod period = new IndicatorsPeriod(YearMonth.of(2026, 2), YearMonth.of(2026, 9), null);
        assertThat(resolve(period.toParameters(), NOW, START)).isEqualTo(period);
    }

    @Test
    void the_period_summary_weighs_the_nominal_price_by_units_and_sums_the_credits() {
        IndicatorsSummary summary = IndicatorsSummary.of(SampleMonths.report());
        // (0 + 1 540,00 + 2 056,72) / (0 + 800 + 1 180) = 1,8165… → 1,82
        assertThat(summary.costPerUnit()).isEqualByComparingTo("1.82");
        // (1,93 × 800 + 1,93 × 1 180) / 1 980 = 1,93
        assertThat(summary.nominalUnitPrice()).isEqualByComparingTo("1.93");
        assertThat(summary.credits()).isEqualByComparingTo("131.28");
        assertThat(summary.hasDeliverables()).isTrue();
    }

    @Test
    void a_period_with_nothing_delivered_has_no_cost_per_unit() {
        IndicatorReport empty = new IndicatorReport(
                SampleMonths.AUGUST,
                SampleMonths.AUGUST,
                List.of(SampleMonths.august()),
                SampleMonths.august().rates());
        IndicatorsSummary summary = IndicatorsSummary.of(empty);
        assertThat(summary.hasDeliverables()).isFalse();
        assertThat(summary.costPerUnit()).isNull();
        assertThat(summary.nominalUnitPrice()).isNull();
    }

    private static IndicatorsPeriod resolve(Map<String, List<String>> parameters, YearMonth now, YearMonth start) {
        return IndicatorsPeriod.resolve(parameters, now, start);
    }
}
