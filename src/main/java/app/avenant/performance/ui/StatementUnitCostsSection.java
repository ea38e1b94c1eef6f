package app.avenant.performance.ui;

import app.avenant.performance.ItemUnitCost;
import app.avenant.performance.ItemVolume;
import app.avenant.performance.MonthFigures;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Cost per deliverable, one row per charged scope item in its own unit (PRODUCT.md, edge rules): what one invoice,
 * one payslip or one ticket really cost after the month's credits, against the price agreed at baseline. Units of
 * different items are never added, so there is no total row. Only formats.
 */
class StatementUnitCostsSection extends Composite<Section> {

    StatementUnitCostsSection(MonthFigures figures) {
        Section root = getContent();
        root.setId("statement-unit-costs");
        root.addClassName("av-statement-section");
        root.add(new H3(getTranslation("performance.statementui.unitCosts.title")));
        Paragraph hint = new Paragraph(getTranslation("performance.statementui.unitCosts.hint"));
        hint.addClassName("av-hint");
        root.add(hint);
        NativeTable table = Tables.table(
                getTranslation("performance.statementui.unitCosts.item"),
                getTranslation("performance.statementui.unitCosts.units"),
                getTranslation("performance.statementui.unitCosts.charges"),
                getTranslation("performance.statementui.unitCosts.creditShare"),
                getTranslation("performance.statementui.unitCosts.cost"),
                getTranslation("performance.statementui.unitCosts.nominal"));
        table.addClassName("av-statement-unit-costs");
        for (ItemUnitCost item : figures.itemCosts()) {
            NativeTableRow row = table.getBody().addRow();
            String unit = item.unitOfMeasure().isBlank()
                    ? getTranslation("performance.statementui.items.unitsWord")
                    : item.unitOfMeasure();
            NativeTableCell cost = Tables.numeric(perUnit(item.costPerUnit(), unit));
            if (item.aboveNominal()) {
                cost.addClassName("av-over-nominal");
                cost.setTitle(getTranslation("performance.statementui.unitCosts.above"));
            }
            row.add(
                    new NativeTableCell(item.title()),
                    Tables.numeric(StatementTexts.units(this, item.units()) + " (" + unit + ")"),
                    Tables.numeric(StatementTexts.money(this, item.charges())),
                    Tables.numeric(StatementTexts.money(this, item.creditShare().negate())),
                    cost,
                    Tables.numeric(perUnit(item.nominalUnitPrice(), unit)));
        }
        // the items with units but nothing charged by themselves (no volume terms, no cost recorded): listed, so
        // that no item of the month seems forgotten, without a cost of their own
        java.util.Set<String> charged = new java.util.HashSet<>();
        figures.itemCosts().forEach(c -> charged.add(c.scopeItemKey()));
        for (ItemVolume volume : figures.volumes()) {
            if (charged.contains(volume.scopeItemKey()) || volume.units() == 0) {
                continue;
            }
            String unit = volume.unitOfMeasure().isBlank()
                    ? getTranslation("performance.statementui.items.unitsWord")
                    : volume.unitOfMeasure();
            NativeTableRow row = table.getBody().addRow();
            NativeTableCell none = new NativeTableCell(getTranslation("performance.statementui.unitCosts.notCharged"));
            none.addClassName("av-hint");
            row.add(
                    new NativeTableCell(volume.title()),
                    Tables.numeric(StatementTexts.units(this, volume.units()) + " (" + unit + ")"),
                    Tables.numeric("—"),
                    Tables.numeric("—"),
                    none,
                    Tables.numeric("—"));
        }
        root.add(table);
    }

    private String perUnit(@Nullable BigDecimal amount, String unit) {
        return amount == null
                ? "—"
                : getTranslation("performance.statementui.unitCosts.perUnit", StatementTexts.money(this, amount), unit);
    }

    /** Shown only when something was charged: a month with no priced item has no cost per deliverable. */
    static boolean applies(MonthFigures figures) {
        return !figures.itemCosts().isEmpty();
    }
}
