package app.avenant.change.ui.editor;

import app.avenant.contract.terms.MeasurementWindow;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.TextLimits;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * "Niveaux de service": metric, target, minimum, window, critical flag, share of the at-risk amount and the optional
 * earn-back target.
 */
class ServiceLevelsSection extends Composite<Div> {

    private final EditorContext ctx;
    private final EditTable table;
    private final Span sharesError = new Span();
    final List<Row> levels = new ArrayList<>();
    final Button add;

    private final Supplier<List<DeadlineEditor.MeasuredItem>> scopeItems;

    /** @param scopeItems the contract's scope items as the editor shows them, for a deadline to measure */
    ServiceLevelsSection(
            List<ServiceLevel> initial, Supplier<List<DeadlineEditor.MeasuredItem>> scopeItems, EditorContext ctx) {
        this.ctx = ctx;
        this.scopeItems = scopeItems;
        Paragraph intro = new Paragraph(ctx.t("changeeditor.sla.intro"));
        intro.addClassName("av-hint");
        add = new Button(ctx.t("changeeditor.sla.add"), VaadinIcon.PLUS.create(), e -> {
            addRow(null).metric.focus();
            ctx.markDirty();
        });
        add.setAriaLabel(ctx.t("changeeditor.sla.add"));
        // one row per level, a column per field (issue 12, point 1); a phone shows each row as a card
        table = new EditTable(
                "av-sla-table",
                ctx.t("terms.section.SERVICE_LEVELS"),
                List.of(
                        new EditTable.Column(ctx.t("terms.field.sla.metric"), null, "minmax(9rem, 2fr)"),
                        new EditTable.Column(
                                ctx.t("terms.field.sla.measurement"),
                                ctx.t("changeeditor.help.measurement"),
                                "minmax(10rem, 3fr)"),
                        new EditTable.Column(
                                ctx.t("changeeditor.sla.target"),
                                ctx.t("changeeditor.help.target"),
                                "minmax(5.5rem, 1fr)"),
                        new EditTable.Column(
                                ctx.t("changeeditor.sla.minimum"),
                                ctx.t("changeeditor.help.minimum"),
                                "minmax(5.5rem, 1fr)"),
                        new EditTable.Column(ctx.t("terms.field.sla.window"), null, "minmax(8rem, 1.2fr)"),
                        new EditTable.Column(
                                ctx.t("changeeditor.sla.critical.column"),
                                ctx.t("changeeditor.help.critical"),
                                "minmax(5.5rem, auto)"),
                        new EditTable.Column(
                                ctx.t("changeeditor.sla.share.column"),
                                ctx.t("changeeditor.help.share"),
                                "minmax(6rem, 1fr)"),
                        new EditTable.Column(
                                ctx.t("changeeditor.sla.earnBack.column"),
                                ctx.t("changeeditor.help.earnBack"),
                                "minmax(8rem, 1fr)"),
                        new EditTable.Column("", null, "2.75rem")));
        initial.forEach(this::addRow);
        getContent().add(intro, sharesError, table, add);
    }

    private Row addRow(@Nullable ServiceLevel level) {
        Row row = new Row(level);
        levels.add(row);
        table.addRow(row);
        renumber();
        return row;
    }

    /** "Retirer le niveau de service « Disponibilité »": each remove button says which row it removes. */
    private void renumber() {
        for (int i = 0; i < levels.size(); i++) {
            Row row = levels.get(i);
            String name = row.metric.getValue().isBlank()
                    ? String.valueOf(i + 1)
                    : row.metric.getValue().strip();
            row.remove.setAriaLabel(ctx.t("changeeditor.sla.remove.named", name));
        }
    }

    List<ServiceLevel> build(Set<String> takenKeys) {
        ctx.register("serviceLevels", sharesError);
        ctx.context("serviceLevels", ctx.t("terms.section.SERVICE_LEVELS"));
        levels.stream().map(r -> r.key).filter(k -> k != null).forEach(takenKeys::add);
        List<ServiceLevel> built = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            Row row = levels.get(i);
            String key = row.key != null ? row.key : Keys.unique(row.metric.getValue(), "niveau", takenKeys);
            for (String prefix : List.of("serviceLevels[" + key + "]", "serviceLevels[#" + (i + 1) + "]")) {
                ctx.register(prefix + ".metric", row.metric);
                ctx.register(prefix + ".measurement", row.measurement);
                ctx.register(prefix + ".targetPercent", row.target);
                ctx.register(prefix + ".minimumPercent", row.minimum);
                ctx.register(prefix + ".window", row.window);
                ctx.register(prefix + ".atRiskSharePercent", row.share);
                ctx.register(prefix + ".earnBackTargetPercent", row.earnBack);
                ctx.register(prefix + ".deadline.unit", row.deadline.unit);
                ctx.register(prefix + ".deadline.amount", row.deadline.amount);
                ctx.register(prefix + ".deadline.calendar", row.deadline.calendar);
                ctx.register(prefix + ".deadline.scopeItemKey", row.deadline.item);
                String name = row.metric.getValue().isBlank()
                        ? String.valueOf(i + 1)
                        : row.metric.getValue().strip();
                ctx.context(prefix, ctx.t("changeeditor.sla.item", name));
            }
            BigDecimal target = ctx.readDecimal(row.target, false);
            BigDecimal minimum = ctx.readDecimal(row.minimum, false);
            // a level that is not critical takes no share: an empty share reads as 0 for it
            BigDecimal share = ctx.readDecimal(row.share, row.critical.getValue());
            if (share == null && !row.critical.getValue()) {
                share = BigDecimal.ZERO;
            }
            built.add(new ServiceLevel(
                    key,
                    row.metric.getValue().strip(),
                    row.measurement.getValue().strip(),
                    target,
                    minimum,
                    row.window.getValue(),
                    row.critical.getValue(),
                    share,
                    // optional: empty is no earn-back
                    ctx.readDecimal(row.earnBack, false),
                    row.deadline.build(ctx)));
        }
        return built;
    }

    /** One service level; its key is kept when it existed, made from the metric when new. */
    final class Row extends Composite<Div> {

        final @Nullable String key;
        final TextArea metric;
        final TextArea measurement;
        final TextField target;
        final TextField minimum;
        final Select<MeasurementWindow> window = new Select<>();
        final Checkbox critical;
        final TextField share;
        final TextField earnBack;
        final DeadlineEditor deadline;
        final Button remove;

        /** The field of a {@code FieldChange} code such as {@code sla.targetPercent}, or null. */
        @Nullable
        Component field(String code) {
            return switch (code) {
                case "sla.metric" -> metric;
                case "sla.measurement" -> measurement;
                case "sla.targetPercent" -> target;
                case "sla.minimumPercent" -> minimum;
                case "sla.window" -> window;
                case "sla.critical" -> critical;
                case "sla.atRiskSharePercent" -> share;
                case "sla.earnBackTargetPercent" -> earnBack;
                case "sla.deadline" -> deadline.unit;
                default -> null;
            };
        }

        Row(@Nullable ServiceLevel level) {
            key = level == null ? null : level.key();
            // text areas: a long metric or measurement wraps in its cell instead of being cut
            metric = ctx.area("terms.field.sla.metric", level == null ? "" : level.metric(), TextLimits.METRIC);
            measurement = ctx.area(
                    "terms.field.sla.measurement", level == null ? "" : level.measurement(), TextLimits.MEASUREMENT);
            metric.setWidthFull();
            measurement.setWidthFull();
            metric.addValueChangeListener(e -> renumber());
            target = ctx.number(
                    ctx.t("changeeditor.sla.target"),
                    level == null ? null : level.targetPercent(),
                    ctx::percent,
                    "100%");
            minimum = ctx.number(
                    ctx.t("changeeditor.sla.minimum"),
                    level == null ? null : level.minimumPercent(),
                    ctx::percent,
                    "100%");
            window.setLabel(ctx.t("terms.field.sla.window"));
            window.setItems(MeasurementWindow.values());
            window.setItemLabelGenerator(w -> ctx.t("terms.window." + w.name()));
            window.setValue(level == null ? MeasurementWindow.MONTHLY : level.window());
            ctx.watch(window);
            critical = new Checkbox(ctx.t("terms.field.sla.critical"), level != null && level.critical());
            ctx.watch(critical);
            share = ctx.number(
                    ctx.t("changeeditor.sla.share"),
                    level == null ? BigDecimal.ZERO : level.atRiskSharePercent(),
                    ctx::percent,
                    "100%");
            earnBack = ctx.number(
                    ctx.t("changeeditor.sla.earnBack"),
                    level == null ? null : level.earnBackTargetPercent(),
                    ctx::percent,
                    "100%");
            earnBack.setPlaceholder(ctx.t("changeeditor.sla.earnBack.none"));
            deadline = new DeadlineEditor(level == null ? null : level.deadline(), scopeItems, ctx);
            window.setWidthFull();
            share.setEnabled(critical.getValue());
            earnBack.setEnabled(critical.getValue());
            critical.addValueChangeListener(e -> {
                share.setEnabled(e.getValue());
                earnBack.setEnabled(e.getValue());
                if (!e.getValue()) {
                    share.setValue("0");
                    earnBack.clear();
                }
            });

            remove = new Button(VaadinIcon.TRASH.create(), e -> {
                levels.remove(this);
                table.removeRow(this);
                renumber();
                ctx.markDirty();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(ctx.t("changeeditor.sla.remove"));
            remove.setTooltipText(ctx.t("changeeditor.sla.remove"));
            Div row = getContent();
            table.asRow(row, "av-sla-row");
            row.add(
                    EditTable.cell(metric),
                    EditTable.cell(measurement),
                    EditTable.cell(target),
                    EditTable.cell(minimum),
                    EditTable.cell(window),
                    EditTable.cell(critical),
                    EditTable.cell(share),
                    EditTable.cell(earnBack),
                    EditTable.cell(remove),
                    // under the row: four fields would not fit as a column
                    EditTable.wideCell(deadline));
        }
    }
}
