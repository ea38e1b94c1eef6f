package app.avenant.performance.ui;

import app.avenant.contract.terms.Deadline;
import app.avenant.contract.terms.MeasurementWindow;
import app.avenant.contract.ui.TermsText;
import app.avenant.performance.MonthlyStatement;
import app.avenant.performance.SlaResult;
import app.avenant.performance.StatementRuleException;
import app.avenant.shared.format.AmountParser;
import app.avenant.shared.format.Formats;
import app.avenant.shared.format.UnreadableNumberException;
import app.avenant.shared.ui.Clicks;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Each service level of the month: target, minimum, what was measured, its status (word, icon and colour)
 * and the credit it earns. On an unlocked month an editor types the measured percentage next to each level
 * and saves it; a refused value is explained next to its field.
 */
class StatementServiceLevelsSection extends Composite<Section> {

    /** Saves one measurement; throws {@link StatementRuleException} when the service refuses it. */
    @FunctionalInterface
    interface MeasurementSaver {
        void save(String serviceLevelKey, BigDecimal measuredPercent);
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    StatementServiceLevelsSection(MonthlyStatement statement, boolean editable, MeasurementSaver saver) {
        Section root = getContent();
        root.setId("statement-service-levels");
        root.addClassName("av-statement-section");
        root.add(new H3(getTranslation("performance.statementui.sla.title")));
        if (statement.figures().serviceLevels().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("performance.statementui.sla.empty"));
            empty.addClassName("av-empty");
            root.add(empty);
            return;
        }
        NativeTable table = editable
                ? Tables.table(
                        getTranslation("performance.statementui.sla.metric"),
                        getTranslation("performance.statementui.sla.target"),
                        getTranslation("performance.statementui.sla.minimum"),
                        getTranslation("performance.statementui.sla.measured"),
                        getTranslation("performance.statementui.sla.status"),
                        getTranslation("performance.statementui.sla.credit"),
                        getTranslation("performance.statementui.sla.record"))
                : Tables.table(
                        getTranslation("performance.statementui.sla.metric"),
                        getTranslation("performance.statementui.sla.target"),
                        getTranslation("performance.statementui.sla.minimum"),
                        getTranslation("performance.statementui.sla.measured"),
                        getTranslation("performance.statementui.sla.status"),
                        getTranslation("performance.statementui.sla.credit"));
        table.addClassName("av-statement-sla");
        for (SlaResult level : statement.figures().serviceLevels()) {
            NativeTableRow row = table.getBody().addRow();
            row.addClassName("av-sla-row--" + StatementTexts.ragColour(level.status()));
            row.add(
                    metricCell(level),
                    Tables.numeric(StatementTexts.percent(this, level.targetPercent())),
                    Tables.numeric(StatementTexts.percent(this, level.minimumPercent())),
                    Tables.numeric(StatementTexts.percent(this, level.measuredPercent())),
                    new NativeTableCell(StatementTexts.rag(this, level.status())),
                    Tables.numeric(
                            level.critical()
                                    ? StatementTexts.money(this, level.credit())
                                    : getTranslation("performance.statementui.sla.noCredit")));
            if (editable && level.computed()) {
                Span computed = new Span(getTranslation("performance.statementui.sla.computed"));
                computed.addClassName("av-hint");
                computed.getElement()
                        .setAttribute("title", getTranslation("performance.statementui.sla.computed.hint"));
                row.add(new NativeTableCell(computed));
            } else if (editable) {
                row.add(new NativeTableCell(measurementEditor(
                        level, statement.measurements().getOrDefault(level.key(), level.measuredPercent()), saver)));
            }
        }
        root.add(table);
    }

    private NativeTableCell metricCell(SlaResult level) {
        NativeTableCell cell = new NativeTableCell(new Span(level.metric()));
        Div kind = new Div(new Span(getTranslation(
                level.critical() ? "performance.statementui.sla.critical" : "performance.statementui.sla.kpi",
                StatementTexts.percent(this, level.sharePercent()))));
        if (level.window() == MeasurementWindow.QUARTERLY) {
            kind.add(new Span(" · " + getTranslation("performance.statementui.sla.quarterly")));
        }
        kind.addClassName("av-hint");
        cell.add(kind);
        Deadline deadline = level.deadline();
        if (deadline != null) {
            Div measured = new Div(new Span(getTranslation(
                    "performance.statementui.sla.deadline",
                    TermsText.deadlineTime(getLocale(), deadline),
                    level.onTimeCounted(),
                    level.deliveredCounted())));
            measured.addClassName("av-hint");
            measured.addClassName("av-sla-deadline");
            cell.add(measured);
        }
        return cell;
    }

    private Div measurementEditor(SlaResult level, @Nullable BigDecimal current, MeasurementSaver saver) {
        TextField field = new TextField();
        field.setId("measure-" + level.key());
        field.addClassName("av-measure-field");
        field.setAriaLabel(getTranslation("performance.statementui.sla.field", level.metric()));
        field.setSuffixComponent(new Span("%"));
        field.setWidth("7em");
        if (current != null) {
            field.setValue(Formats.decimal(current, 2, getLocale()));
        }
        field.addValueChangeListener(e -> field.setInvalid(false));
        Button save = new Button(getTranslation("performance.statementui.sla.save"));
        save.setId("save-" + level.key());
        Clicks.on(save, () -> save(level, field, saver));
        field.addKeyPressListener(Key.ENTER, e -> save(level, field, saver));
        Div editor = new Div(field, save);
        editor.addClassName("av-measure-editor");
        return editor;
    }

    private void save(SlaResult level, TextField field, MeasurementSaver saver) {
        BigDecimal value;
        try {
            value = parsePercent(field.getValue());
        } catch (IllegalArgumentException e) {
            // "91.500" is refused with what to write instead (docs/decisions/0022)
            showError(
                    field,
                    e.getCause() instanceof UnreadableNumberException unreadable
                                    && !unreadable.suggestions().isEmpty()
                            ? getTranslation(unreadable.messageKey(), unreadable.args(getLocale()))
                            : getTranslation(e.getMessage()));
            return;
        }
        try {
            saver.save(level.key(), value);
        } catch (StatementRuleException e) {
            showError(field, getTranslation(e.code()));
        }
    }

    private static void showError(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    /**
     * "91", "91,5", "91.5 %" → 91.5; the message of the exception is the translation key of the error.
     */
    static BigDecimal parsePercent(@Nullable String text) {
        String value = text == null ? "" : text.strip();
        if (value.endsWith("%")) {
            value = value.substring(0, value.length() - 1).strip();
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException("performance.statementui.measure.required");
        }
        BigDecimal percent;
        try {
            percent = AmountParser.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("performance.statementui.measure.invalid", e);
        }
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("performance.statementui.measure.range");
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("performance.statementui.measure.scale");
        }
        return percent;
    }
}
