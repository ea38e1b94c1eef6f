package app.avenant.performance.ui;

import app.avenant.performance.ui.charts.ChartModel;
import app.avenant.performance.ui.charts.Series;
import app.avenant.performance.ui.charts.SvgCharts;
import app.avenant.shared.ui.StaticHtml;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One chart drawn on the server as SVG (an image with the chart's title as its accessible name) and, beside it,
 * a table of the same figures for screen readers, printing and exact reading. Both come from one
 * {@link ChartModel}, so they cannot disagree.
 */
class IndicatorsChartPanel extends IndicatorsSection {

    private NativeTable table = new NativeTable();

    IndicatorsChartPanel(ChartModel model) {
        super("av-chart");
        show(model);
    }

    /** Draws another model in place (the volume chart's scope item changed). */
    final void show(ChartModel model) {
        removeAll();
        Div picture = new Div();
        picture.addClassName("av-chart-picture");
        if (model.isEmpty()) {
            // nothing measured: a sentence rather than empty axes
            Paragraph none = new Paragraph(model.title() + " — " + t("performance.indicators.charts.noData"));
            none.addClassName("av-chart-empty");
            picture.add(none);
        } else {
            Svg svg = new Svg(SvgCharts.render(model, locale()));
            svg.addClassName("av-chart-svg");
            svg.getElement().setAttribute("role", "img");
            svg.getElement().setAttribute("aria-label", model.title());
            picture.add(svg);
        }
        table = table(model);
        Div data = new Div(table);
        data.addClassName("av-chart-data");
        // a table that only shows: one block of HTML, not a node per cell (docs/decisions/0038)
        add(picture, StaticHtml.of(data));
    }

    NativeTable table() {
        return table;
    }

    private NativeTable table(ChartModel model) {
        String[] headers = new String[model.series().size() + 1];
        headers[0] = model.monthAxisLabel();
        for (int i = 0; i < model.series().size(); i++) {
            headers[i + 1] = model.series().get(i).name();
        }
        NativeTable table = Tables.table(headers);
        table.addClassName("av-chart-table");
        table.setCaptionText(t("performance.indicators.charts.table", model.title()));
        for (int m = 0; m < model.months().size(); m++) {
            YearMonth month = model.months().get(m);
            NativeTableRow row = table.getBody().addRow();
            row.addHeaderCell().setText(monthName(month));
            for (Series series : model.series()) {
                BigDecimal value = series.values().get(m);
                row.add(Tables.numeric(model.format().format(value, locale())));
            }
        }
        return table;
    }
}
