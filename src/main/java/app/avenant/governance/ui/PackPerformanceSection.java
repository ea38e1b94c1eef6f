package app.avenant.governance.ui;

import static app.avenant.shared.ui.Tables.cell;
import static app.avenant.shared.ui.Tables.numeric;

import app.avenant.governance.MeetingPack;
import app.avenant.governance.MeetingPack.PenaltyCapLine;
import app.avenant.governance.MeetingPack.ServiceLevelLine;
import app.avenant.governance.MeetingPack.VolumeLine;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** The period's service levels (months per status, latest status), volumes against baseline, credits and cap. */
class PackPerformanceSection extends Composite<Div> {

    PackPerformanceSection(MeetingPack pack) {
        Div root = getContent();
        root.addClassNames("av-pack-section", "av-pack-performance");
        root.add(new H3(getTranslation("governance.pack.performance.title")));
        Locale locale = getLocale();
        if (pack.serviceLevels().isEmpty()) {
            root.add(empty("governance.pack.sla.empty"));
        } else {
            root.add(serviceLevels(pack, locale));
        }
        if (pack.volumes().isEmpty()) {
            root.add(empty("governance.pack.volume.empty"));
        } else {
            root.add(volumes(pack, locale));
        }
        root.add(new Paragraph(getTranslation("governance.pack.credits", Formats.money(pack.credits(), locale))));
        PenaltyCapLine cap = pack.penaltyCap();
        if (cap != null) {
            Paragraph line = new Paragraph(
                    cap.cap() == null
                            ? getTranslation("governance.pack.cap.none", Formats.money(cap.consumed(), locale))
                            : getTranslation(
                                    "governance.pack.cap",
                                    Formats.money(cap.consumed(), locale),
                                    Formats.money(cap.cap(), locale)));
            root.add(line);
            if (cap.reached()) {
                Paragraph reached = new Paragraph(getTranslation("governance.pack.cap.reached"));
                reached.addClassName("av-gov-overdue");
                root.add(reached);
            }
        }
    }

    private NativeTable serviceLevels(MeetingPack pack, Locale locale) {
        NativeTable table = Tables.table(
                t("governance.pack.sla.column.metric"),
                t("governance.pack.sla.column.target"),
                t("governance.pack.sla.column.met"),
                t("governance.pack.sla.column.atRisk"),
                t("governance.pack.sla.column.missed"),
                t("governance.pack.sla.column.notMeasured"),
                t("governance.pack.sla.column.latest"));
        table.addClassName("av-pack-sla");
        for (ServiceLevelLine level : pack.serviceLevels()) {
            NativeTableRow row = table.getBody().addRow();
            Span metric = new Span(level.metric());
            if (level.critical()) {
                metric.add(new Span(" (" + t("governance.pack.sla.critical") + ")"));
            }
            row.add(
                    cell(metric),
                    numeric(Formats.percent(level.targetPercent(), locale)),
                    numeric(String.valueOf(level.met())),
                    numeric(String.valueOf(level.atRisk())),
                    numeric(String.valueOf(level.missed())),
                    numeric(String.valueOf(level.notMeasured())),
                    cell(PackTexts.slaStatus(this, level.latest())));
        }
        return table;
    }

    private NativeTable volumes(MeetingPack pack, Locale locale) {
        NativeTable table = Tables.table(
                t("governance.pack.volume.column.item"),
                t("governance.pack.volume.column.units"),
                t("governance.pack.volume.column.baseline"),
                t("governance.pack.volume.column.outside"));
        table.addClassName("av-pack-volumes");
        for (VolumeLine volume : pack.volumes()) {
            NativeTableRow row = table.getBody().addRow();
            Long baseline = volume.baseline();
            String outside = volume.monthsAbove() + volume.monthsBelow() == 0
                    ? t("governance.pack.volume.inside")
                    : getTranslation("governance.pack.volume.outside", volume.monthsAbove(), volume.monthsBelow());
            row.add(
                    cell(new Span(volume.title())),
                    numeric(Formats.units(volume.units(), locale) + " " + volume.unitOfMeasure()),
                    numeric(
                            baseline == null
                                    ? t("governance.pack.volume.noBaseline")
                                    : Formats.units(baseline, locale)),
                    cell(new Span(outside)));
        }
        return table;
    }

    private Paragraph empty(String key) {
        Paragraph empty = new Paragraph(t(key));
        empty.addClassName("av-gov-note");
        return empty;
    }

    private String t(String key) {
        return getTranslation(key);
    }
}
