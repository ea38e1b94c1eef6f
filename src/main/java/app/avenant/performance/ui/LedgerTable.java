package app.avenant.performance.ui;

import app.avenant.performance.IndicatorReport;
import app.avenant.performance.MonthFigures;
import app.avenant.shared.ui.StaticHtml;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * "Coût par livrable": per month, (charges + ARC − RRC − avoirs) / unités beside the nominal unit price, with
 * the on-time and first-pass quality rates, so value is read beside cost. The shown month is marked.
 */
class LedgerTable extends Composite<Section> {

    /** Twelve months ending with the statement's month. */
    static final int MONTHS = 12;

    private final NativeTable table;

    LedgerTable(IndicatorReport report, YearMonth shown) {
        Section root = getContent();
        root.setId("statement-ledger");
        root.addClassName("av-statement-section");
        root.add(new H3(getTranslation("performance.statementui.ledger.title")));
        Paragraph intro = new Paragraph(getTranslation("performance.statementui.ledger.intro"));
        intro.addClassName("av-hint");
        root.add(intro);
        table = Tables.table(
                getTranslation("performance.statementui.ledger.month"),
                getTranslation("performance.statementui.ledger.version"),
                getTranslation("performance.statementui.ledger.charges"),
                getTranslation("performance.statementui.ledger.arc"),
                getTranslation("performance.statementui.ledger.rrc"),
                getTranslation("performance.statementui.ledger.credits"),
                getTranslation("performance.statementui.ledger.total"),
                getTranslation("performance.statementui.ledger.units"),
                getTranslation("performance.statementui.ledger.costPerUnit"),
                getTranslation("performance.statementui.ledger.nominal"),
                getTranslation("performance.statementui.ledger.onTime"),
                getTranslation("performance.statementui.ledger.quality"));
        table.addClassName("av-ledger");
        if (report.months().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("performance.statementui.ledger.empty"));
            empty.addClassName("av-empty");
            root.add(empty);
            return;
        }
        for (MonthFigures month : report.months()) {
            NativeTableRow row = table.getBody().addRow();
            if (month.month().equals(shown)) {
                row.addClassName("av-ledger-shown");
                row.getElement().setAttribute("aria-current", "date");
            }
            NativeTableCell monthCell = new NativeTableCell(StatementTexts.monthTitle(this, month.month()));
            row.add(
                    monthCell,
                    Tables.numeric(getTranslation(
                            "performance.statementui.version.short", String.valueOf(month.versionNumber()))),
                    Tables.numeric(money(month.baseCharges())),
                    Tables.numeric(money(month.arc())),
                    Tables.numeric(money(month.rrc().negate())),
                    Tables.numeric(money(month.credits().negate())),
                    Tables.numeric(money(month.totalDue())),
                    // the units the cost per unit is counted in, never units of different items added together
                    Tables.numeric(month.costUnits() == null ? "—" : StatementTexts.units(this, month.costUnits())),
                    costCell(month),
                    Tables.numeric(month.nominalUnitPrice() == null ? "—" : money(month.nominalUnitPrice())),
                    Tables.numeric(StatementTexts.percent(this, month.rates().onTimePercent())),
                    Tables.numeric(StatementTexts.percent(this, month.rates().firstPassPercent())));
        }
        Div scroll = new Div(table);
        scroll.addClassName("av-table-scroll");
        // twelve rows of twelve figures only show: one block of HTML, not 300 nodes (docs/decisions/0038)
        root.add(StaticHtml.of(scroll));
    }

    /** The cost per unit, flagged when above the nominal price. */
    private NativeTableCell costCell(MonthFigures month) {
        @Nullable BigDecimal cost = month.costPerUnit();
        NativeTableCell cell = Tables.numeric(cost == null ? "—" : money(cost));
        if (cost != null && month.nominalUnitPrice() != null && cost.compareTo(month.nominalUnitPrice()) > 0) {
            cell.addClassName("av-ledger-above");
            cell.getElement().setAttribute("title", getTranslation("performance.statementui.ledger.aboveNominal"));
        }
        return cell;
    }

    private String money(BigDecimal amount) {
        return StatementTexts.money(this, amount);
    }
}
