package app.avenant.performance.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.performance.MonthFigures;
import app.avenant.performance.export.SampleMonths;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartModelsTest {

    private final List<MonthFigures> months = SampleMonths.report().months();

    @Test
    void rates_have_a_gap_for_the_month_without_deliverables_and_the_critical_target_every_month() {
        ChartModel model = ChartModels.rates(months, Locale.FRANCE);

        assertThat(model.months()).containsExactly(SampleMonths.AUGUST, SampleMonths.SEPTEMBER, SampleMonths.OCTOBER);
        assertThat(model.series().get(0).values())
                .containsExactly(null, new BigDecimal("90.0"), new BigDecimal("75.0"));
        assertThat(model.series().get(1).values())
                .containsExactly(null, new BigDecimal("80.0"), new BigDecimal("90.0"));
        assertThat(model.series().get(2).values()).allSatisfy(v -> assertThat(v).isEqualByComparingTo("95"));
        assertThat(model.series().get(2).style()).isEqualTo(SeriesStyle.DASHED_LINE);
    }

    @Test
    void without_a_critical_service_level_the_target_line_is_drawn_at_95() {
        MonthFigures noLevels = SampleMonths.arcMonth();
        assertThat(ChartModels.rates(List.of(noLevels), Locale.FRANCE)
                        .series()
                        .get(2)
                        .values())
                .containsExactly(ChartModels.DEFAULT_TARGET);
    }

    @Test
    void volumes_follow_the_seasonal_baseline_and_its_flex_band() {
        ChartModel model = ChartModels.volumes(months, "factures", Locale.FRANCE);

        assertThat(model.series())
                .extracting(Series::style)
                .containsExactly(
                        SeriesStyle.BARS, SeriesStyle.DASHED_LINE, SeriesStyle.DOTTED_LINE, SeriesStyle.DOTTED_LINE);
        assertThat(model.series().get(0).values())
                .extracting(BigDecimal::longValue)
                .containsExactly(0L, 800L, 1180L);
        assertThat(model.series().get(1).values())
                .extracting(BigDecimal::longValue)
                .containsExactly(480L, 800L, 800L);
        assertThat(model.series().get(2).values())
                .extracting(BigDecimal::longValue)
                .containsExactly(384L, 640L, 640L);
        assertThat(model.series().get(3).values())
                .extracting(BigDecimal::longValue)
                .containsExactly(576L, 960L, 960L);
    }

    @Test
    void an_item_without_volume_terms_has_units_but_no_baseline() {
        ChartModel model = ChartModels.volumes(months, "paie", Locale.FRANCE);
        assertThat(model.title()).isEqualTo("Volumes mensuels : Paie");
        assertThat(model.series().get(1).isEmpty()).isTrue();
    }

    @Test
    void the_volume_chart_offers_every_scope_item_met_in_the_period() {
        assertThat(ChartModels.volumeItems(months))
                .containsExactly(
                        java.util.Map.entry("factures", "Saisie des factures fournisseurs"),
                        java.util.Map.entry("paie", "Paie"));
    }

    @Test
    void cost_per_unit_is_empty_for_a_month_without_units_and_listed_with_a_dash() {
        ChartModel model = ChartModels.costPerUnit(months, Locale.FRANCE);

        assertThat(model.series().get(0).values())
                .containsExactly(null, new BigDecimal("1.93"), new BigDecimal("1.74"));
        assertThat(model.format().format(null, Locale.FRANCE)).isEqualTo("—");
        assertThat(model.format().format(new BigDecimal("1.74"), Locale.FRANCE)).isEqualTo("1,74\u00a0€");
    }
}
