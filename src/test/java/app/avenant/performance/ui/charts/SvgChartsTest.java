package app.avenant.performance.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.performance.MonthFigures;
import app.avenant.performance.export.SampleMonths;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgChartsTest {

    private static final Locale FRENCH = Locale.FRANCE;
    private static final Locale ENGLISH = Locale.UK;
    private final List<MonthFigures> months = SampleMonths.report().months();

    @Test
    void the_rates_chart_is_well_formed_svg_with_french_title_axes_and_legend() throws Exception {
        String svg = SvgCharts.render(ChartModels.rates(months, FRENCH), FRENCH);

        Document document = parse(svg);
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getAttribute("viewBox")).isEqualTo("0.0 0.0 720.0 320.0");
        assertThat(svg)
                .contains("<title>Livraison à l'heure et qualité du premier coup</title>")
                .doesNotContain("NaN");
        assertThat(document.getDocumentElement().getTextContent())
                .contains("Taux (%)")
                .contains("Mois")
                .contains("À l'heure")
                .contains("Premier coup")
                .contains("Cible du niveau de service")
                .contains("août 2026")
                .contains("sept. 2026")
                .contains("oct. 2026");
    }

    @Test
    void the_same_chart_reads_in_english_for_an_english_reader() throws Exception {
        String svg = SvgCharts.render(ChartModels.rates(months, ENGLISH), ENGLISH);

        String text = parse(svg).getDocumentElement().getTextContent();
        assertThat(text)
                .contains("On-time delivery and first-pass quality")
                .contains("Rate (%)")
                .contains("Month")
                .contains("On time")
                .contains("Aug 2026")
                .contains("Oct 2026")
                .doesNotContain("Mois");
    }

    @Test
    void the_cost_chart_writes_its_amounts_with_the_french_decimal_comma() throws Exception {
        String svg = SvgCharts.render(ChartModels.costPerUnit(months, FRENCH), FRENCH);

        parse(svg);
        assertThat(svg)
                .contains("Coût par unité")
                .contains("Euros par unité (€)")
                .contains("Prix nominal")
                .containsPattern(">\\d+,\\d\\d<")
                .doesNotContain("NaN");
        String english = SvgCharts.render(ChartModels.costPerUnit(months, ENGLISH), ENGLISH);
        assertThat(english).containsPattern(">\\d+\\.\\d\\d<");
    }

    @Test
    void the_volume_chart_of_one_scope_item_shows_baseline_and_flex_band() throws Exception {
        String svg = SvgCharts.render(ChartModels.volumes(months, "factures", FRENCH), FRENCH);

        parse(svg);
        assertThat(svg)
                .contains("Volumes mensuels : Saisie des factures fournisseurs")
                .contains("Unités livrées")
                .contains("Volume de référence")
                .contains("Marge de flexibilité (min.)")
                .contains("Marge de flexibilité (max.)")
                .contains("1\u202f000")
                .doesNotContain("NaN");
    }

    @Test
    void months_without_any_value_give_a_readable_chart_without_nan() throws Exception {
        List<MonthFigures> empty = List.of(SampleMonths.august());
        for (ChartModel model : List.of(
                ChartModels.rates(empty, FRENCH),
                ChartModels.costPerUnit(empty, FRENCH),
                ChartModels.volumes(empty, "paie", FRENCH),
                ChartModels.volumes(List.of(), "factures", FRENCH))) {
            String svg = SvgCharts.render(model, FRENCH);
            parse(svg);
            assertThat(svg).as(model.title()).doesNotContain("NaN").doesNotContain("Infinity");
        }
        assertThat(ChartModels.rates(empty, FRENCH).isEmpty()).isTrue();
        assertThat(ChartModels.costPerUnit(empty, FRENCH).isEmpty()).isTrue();
    }

    @Test
    void in_a_single_month_the_target_is_marked_since_no_line_can_be_drawn() {
        ChartModel model = ChartModels.rates(List.of(SampleMonths.october()), FRENCH);
        CategoryItemRenderer renderer =
                SvgCharts.chart(model, FRENCH).getCategoryPlot().getRenderer();
        assertThat(renderer).isInstanceOf(LineAndShapeRenderer.class);
        LineAndShapeRenderer lines = (LineAndShapeRenderer) renderer;
        assertThat(lines.getItemShapeVisible(2, 0)).as("target").isTrue();

        ChartModel range = ChartModels.rates(months, FRENCH);
        LineAndShapeRenderer rangeLines = (LineAndShapeRenderer)
                SvgCharts.chart(range, FRENCH).getCategoryPlot().getRenderer();
        assertThat(rangeLines.getItemShapeVisible(2, 1))
                .as("target inside a range")
                .isFalse();
        assertThat(rangeLines.getItemShapeVisible(0, 1)).as("measured").isTrue();
    }

    @Test
    void unit_costs_drawn_as_lines_are_framed_so_that_a_gap_to_the_nominal_price_shows() {
        ChartModel model = new ChartModel(
                "Coût par unité",
                "Mois",
                "Euros par unité (€)",
                ValueFormat.MONEY,
                List.of(java.time.YearMonth.of(2026, 10), java.time.YearMonth.of(2026, 11)),
                List.of(
                        new Series(
                                "Réel",
                                SeriesStyle.LINE,
                                List.of(new java.math.BigDecimal("1.75"), new java.math.BigDecimal("1.80"))),
                        new Series(
                                "Nominal",
                                SeriesStyle.DASHED_LINE,
                                List.of(new java.math.BigDecimal("1.89"), new java.math.BigDecimal("1.89")))));
        org.jfree.data.Range range = ((org.jfree.chart.axis.NumberAxis)
                        SvgCharts.chart(model, FRENCH).getCategoryPlot().getRangeAxis())
                .getRange();
        // from 1,75 € to 1,89 €: a quarter of the span (0,035 €) on each side, not from zero
        assertThat(range.getLowerBound()).isCloseTo(1.715, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(range.getUpperBound()).isCloseTo(1.925, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void titles_with_markup_characters_stay_well_formed() throws Exception {
        ChartModel model = new ChartModel(
                "Factures <fournisseurs> & \"avoirs\"",
                "Mois",
                "€",
                ValueFormat.MONEY,
                List.of(SampleMonths.SEPTEMBER),
                List.of(new Series(
                        "a & b",
                        SeriesStyle.LINE,
                        List.of(SampleMonths.september().totalDue()))));
        parse(SvgCharts.render(model, FRENCH));
    }

    @Test
    void two_charts_of_one_page_do_not_share_element_ids() {
        String first = SvgCharts.render(ChartModels.rates(months, FRENCH), FRENCH);
        String second = SvgCharts.render(ChartModels.rates(months, FRENCH), FRENCH);
        List<String> firstIds = ids(first);
        assertThat(firstIds).isNotEmpty();
        assertThat(ids(second)).doesNotContainAnyElementsOf(firstIds);
        // and each chart's references point at its own ids (a chart drawn once is shown with ids of its own)
        for (String svg : List.of(first, second)) {
            List<String> references = java.util.regex.Pattern.compile("url\\(#([^)]+)\\)")
                    .matcher(svg)
                    .results()
                    .map(match -> match.group(1))
                    .toList();
            assertThat(references).isNotEmpty();
            assertThat(ids(svg)).containsAll(references);
        }
    }

    private static List<String> ids(String svg) {
        return java.util.regex.Pattern.compile("id='([^']+)'")
                .matcher(svg)
                .results()
                .map(r -> r.group(1))
                .toList();
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
