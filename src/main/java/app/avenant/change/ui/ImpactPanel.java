package app.avenant.change.ui;

import app.avenant.contract.terms.ImpactSummary;
import app.avenant.contract.terms.ImpactSummary.ItemCostImpact;
import app.avenant.contract.terms.ImpactSummary.ServiceLevelImpact;
import app.avenant.contract.terms.ImpactSummary.VolumeImpact;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the change does, for people who decide: projected cost per month and per year before → after with
 * the difference (in total and per scope item), volumes and flex ranges, service level targets and credit
 * shares, the credit exposure, and the scope items whose readiness drops (in amber).
 */
class ImpactPanel extends Composite<Div> {

    ImpactPanel(ImpactSummary impact) {
        Div root = getContent();
        root.addClassName("av-cr-impact");
        root.add(cost(impact));
        if (impact.volumes().stream().anyMatch(ImpactPanel::changed)) {
            root.add(volumes(impact));
        }
        if (impact.serviceLevels().stream().anyMatch(ImpactPanel::changed)) {
            root.add(serviceLevels(impact));
        }
        root.add(exposure(impact));
        if (!impact.readinessDropped().isEmpty()) {
            Div readiness = new Div(new H4(getTranslation("changeui.impact.readiness.title")));
            readiness.addClassNames("av-cr-readiness", "av-cr-warning");
            UnorderedList list = new UnorderedList();
            impact.readinessDropped().forEach(item -> list.add(new ListItem(item)));
            readiness.add(new Paragraph(getTranslation("changeui.impact.readiness.text")), list);
            root.add(readiness);
        }
    }

    private Component cost(ImpactSummary impact) {
        NativeTable table = Tables.table(
                "",
                getTranslation("changeui.impact.before"),
                getTranslation("changeui.impact.after"),
                getTranslation("changeui.impact.delta"));
        table.addClassName("av-cr-cost");
        costRow(table, getTranslation("changeui.impact.monthly"), impact.monthlyBefore(), impact.monthlyAfter(), true);
        costRow(table, getTranslation("changeui.impact.yearly"), impact.yearlyBefore(), impact.yearlyAfter(), true);
        for (ItemCostImpact item : impact.items()) {
            if (item.monthlyBefore().compareTo(item.monthlyAfter()) != 0) {
                costRow(
                        table,
                        getTranslation("changeui.impact.itemMonthly", item.title()),
                        item.monthlyBefore(),
                        item.monthlyAfter(),
                        false);
            }
        }
        Div block = new Div(
                new H4(getTranslation("changeui.impact.cost.title")),
                table,
                hint(getTranslation("changeui.impact.cost.hint")));
        block.addClassName("av-cr-impact-block");
        return block;
    }

    private void costRow(NativeTable table, String label, BigDecimal before, BigDecimal after, boolean total) {
        NativeTableRow row = table.getBody().addRow();
        if (total) {
            row.addClassName("av-total");
        }
        BigDecimal delta = after.subtract(before);
        NativeTableCell deltaCell = Tables.numeric(Values.signedMoney(this, delta));
        deltaCell.addClassName(delta.signum() > 0 ? "av-cr-up" : delta.signum() < 0 ? "av-cr-down" : "av-cr-same");
        row.add(
                new NativeTableCell(label),
                Tables.numeric(Values.money(this, before)),
                Tables.numeric(Values.money(this, after)),
                deltaCell);
    }

    private Component volumes(ImpactSummary impact) {
        NativeTable table = Tables.table(
                getTranslation("changeui.impact.item"),
                getTranslation("changeui.impact.baseline"),
                getTranslation("changeui.impact.flex"));
        for (VolumeImpact volume : impact.volumes()) {
            if (!changed(volume)) {
                continue;
            }
            table.getBody()
                    .addRow()
                    .add(
                            new NativeTableCell(volume.title()),
                            beforeAfter(
                                    Values.units(this, volume.baselineBefore()),
                                    Values.units(this, volume.baselineAfter())),
                            beforeAfter(
                                    Values.percent(this, volume.flexBefore()),
                                    Values.percent(this, volume.flexAfter())));
        }
        Div block = new Div(new H4(getTranslation("changeui.impact.volumes.title")), table);
        block.addClassName("av-cr-impact-block");
        return block;
    }

    private Component serviceLevels(ImpactSummary impact) {
        NativeTable table = Tables.table(
                getTranslation("changeui.impact.metric"),
                getTranslation("changeui.impact.target"),
                getTranslation("changeui.impact.minimum"),
                getTranslation("changeui.impact.share"));
        for (ServiceLevelImpact level : impact.serviceLevels()) {
            if (!changed(level)) {
                continue;
            }
            table.getBody()
                    .addRow()
                    .add(
                            new NativeTableCell(level.metric()),
                            beforeAfter(
                                    Values.percent(this, level.targetBefore()),
                                    Values.percent(this, level.targetAfter())),
                            beforeAfter(
                                    Values.percent(this, level.minimumBefore()),
                                    Values.percent(this, level.minimumAfter())),
                            beforeAfter(
                                    Values.percent(this, level.shareBefore()),
                                    Values.percent(this, level.shareAfter())));
        }
        Div block = new Div(new H4(getTranslation("changeui.impact.sla.title")), table);
        block.addClassName("av-cr-impact-block");
        return block;
    }

    private Component exposure(ImpactSummary impact) {
        Paragraph line = new Paragraph(getTranslation(
                "changeui.impact.exposure",
                Values.money(this, impact.creditExposureBefore()),
                Values.money(this, impact.creditExposureAfter())));
        line.addClassName("av-cr-exposure");
        return line;
    }

    /** "800 → 1 040", or just the value when it did not change. */
    private NativeTableCell beforeAfter(String before, String after) {
        NativeTableCell cell = new NativeTableCell();
        cell.addClassName("av-num");
        if (before.equals(after)) {
            cell.setText(after);
            return cell;
        }
        Del old = new Del(before);
        Span arrow = new Span(" → ");
        Span fresh = new Span(after);
        fresh.addClassName("av-cr-new");
        cell.add(old, arrow, fresh);
        return cell;
    }

    private Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassName("av-hint");
        return hint;
    }

    private static boolean changed(VolumeImpact v) {
        return !Objects.equals(v.baselineBefore(), v.baselineAfter()) || !same(v.flexBefore(), v.flexAfter());
    }

    private static boolean changed(ServiceLevelImpact s) {
        return !same(s.targetBefore(), s.targetAfter())
                || !same(s.minimumBefore(), s.minimumAfter())
                || !same(s.shareBefore(), s.shareAfter());
    }

    private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
