package app.avenant.performance.ui;

import app.avenant.performance.ItemVolume;
import app.avenant.performance.MonthFigures;
import app.avenant.performance.VolumeStatus;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** Units of each scope item in the period's last month against that month's baseline and flex range. */
class IndicatorsVolumes extends IndicatorsSection {

    IndicatorsVolumes(MonthFigures last) {
        super("av-indicators-volumes");
        heading(t("performance.indicators.volumes.heading", monthName(last.month())));
        if (last.volumes().isEmpty()) {
            add(new Paragraph(t("performance.indicators.volumes.none")));
            return;
        }
        NativeTable table = Tables.table(
                t("performance.indicators.volumes.item"),
                t("performance.indicators.volumes.units"),
                t("performance.indicators.volumes.baseline"),
                t("performance.indicators.volumes.flex"),
                t("performance.indicators.volumes.status"));
        for (ItemVolume volume : last.volumes()) {
            NativeTableRow row = table.getBody().addRow();
            row.addDataCell().setText(volume.title());
            String flex = volume.flexMin() == null || volume.flexMax() == null
                    ? NONE
                    : units(volume.flexMin()) + " – " + units(volume.flexMax());
            row.add(
                    Tables.numeric(units(volume.units())), Tables.numeric(units(volume.monthBaseline())),
                    Tables.numeric(flex), Tables.cell(status(volume.status())));
        }
        add(table);
    }

    private Span status(VolumeStatus status) {
        Span badge = new Span(t("performance.indicators.volumes.status." + status.name()));
        badge.addClassNames(
                "av-volume-status",
                "av-volume-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }
}
