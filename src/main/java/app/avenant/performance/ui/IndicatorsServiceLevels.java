package app.avenant.performance.ui;

import app.avenant.performance.MonthFigures;
import app.avenant.performance.SlaResult;
import app.avenant.performance.SlaStatus;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * The service levels of the period's last month: target, minimum, what was measured and the status, in colour
 * and in words (never colour alone), critical levels (which earn credits) told apart from indicators.
 */
class IndicatorsServiceLevels extends IndicatorsSection {

    IndicatorsServiceLevels(MonthFigures last) {
        super("av-indicators-sla");
        heading(t("performance.indicators.sla.heading", monthName(last.month())));
        NativeTable table = Tables.table(
                t("performance.indicators.sla.metric"),
                t("performance.indicators.sla.target"),
                t("performance.indicators.sla.minimum"),
                t("performance.indicators.sla.measured"),
                t("performance.indicators.sla.status"),
                t("performance.indicators.sla.kind"),
                t("performance.indicators.sla.credit"));
        for (SlaResult level : last.serviceLevels()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(level.metric());
            row.add(
                    Tables.numeric(percent(level.targetPercent())), Tables.numeric(percent(level.minimumPercent())),
                    Tables.numeric(percent(level.measuredPercent())), Tables.cell(status(level.status())));
            row.addDataCell()
                    .setText(t(
                            level.critical()
                                    ? "performance.indicators.sla.critical"
                                    : "performance.indicators.sla.indicator"));
            row.add(Tables.numeric(level.critical() ? money(level.credit()) : NONE));
        }
        if (last.serviceLevels().isEmpty()) {
            add(new Paragraph(t("performance.indicators.sla.none")));
        } else {
            add(table);
        }
    }

    private Span status(SlaStatus status) {
        Span badge = new Span(t("performance.indicators.sla.status." + status.name()));
        badge.addClassNames(
                "av-sla-status",
                "av-sla-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }
}
