package app.avenant.change.ui.editor;

import app.avenant.contract.terms.MeasurementWindow;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.TextLimits;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** "Niveaux de service": metric, target, minimum, window, critical flag and share of the at-risk amount. */
class ServiceLevelsSection extends Composite<Div> {

    private final EditorContext ctx;
    private final Div rows = new Div();
    private final Span sharesError = new Span();
    final List<Row> levels = new ArrayList<>();
    final Button add;

    ServiceLevelsSection(List<ServiceLevel> initial, EditorContext ctx) {
        this.ctx = ctx;
        Paragraph intro = new Paragraph(ctx.t("changeeditor.sla.intro"));
        intro.addClassName("av-hint");
        add = new Button(ctx.t("changeeditor.sla.add"), VaadinIcon.PLUS.create(), e -> {
            addRow(null).metric.focus();
            ctx.markDirty();
        });
        initial.forEach(this::addRow);
        getContent().add(intro, sharesError, rows, add);
    }

    private Row addRow(@Nullable ServiceLevel level) {
        Row row = new Row(level);
        levels.add(row);
        rows.add(row);
        return row;
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
                    share));
        }
        return built;
    }

    /** One service level; its key is kept when it existed, made from the metric when new. */
    final class Row extends Composite<Div> {

        final @Nullable String key;
        final TextField metric;
        final TextField measurement;
        final TextField target;
        final TextField minimum;
        final Select<MeasurementWindow> window = new Select<>();
        final Checkbox critical;
        final TextField share;

        Row(@Nullable ServiceLevel level) {
            key = level == null ? null : level.key();
            metric = ctx.text("terms.field.sla.metric", level == null ? "" : level.metric(), TextLimits.METRIC);
            measurement = ctx.text(
                    "terms.field.sla.measurement", level == null ? "" : level.measurement(), TextLimits.MEASUREMENT);
            target = ctx.number(
                    ctx.t("changeeditor.sla.target"),
                    level == null ? null : level.targetPercent(),
                    ctx::percent,
                    "8em");
            minimum = ctx.number(
                    ctx.t("changeeditor.sla.minimum"),
                    level == null ? null : level.minimumPercent(),
                    ctx::percent,
                    "8em");
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
                    "8em");
            share.setHelperText(ctx.t("changeeditor.sla.share.hint"));
            share.setEnabled(critical.getValue());
            critical.addValueChangeListener(e -> {
                share.setEnabled(e.getValue());
                if (!e.getValue()) {
                    share.setValue("0");
                }
            });

            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                levels.remove(this);
                rows.remove(this);
                ctx.markDirty();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(ctx.t("changeeditor.sla.remove"));
            remove.setTooltipText(ctx.t("changeeditor.sla.remove"));
            FormLayout form = new FormLayout(metric, measurement, target, minimum, window, critical, share);
            form.setAutoResponsive(true);
            // fields side by side as the width allows, not one per row down a narrow column (docs/decisions/0028)
            form.setAutoRows(true);
            form.setExpandFields(true); // a text is read whole, not cut at the field's default width
            form.setColspan(metric, 2);
            form.setColspan(measurement, 2);
            Div card = getContent();
            card.addClassName("av-card");
            card.getStyle()
                    .set("display", "flex")
                    .set("align-items", "flex-start")
                    .set("gap", "var(--lumo-space-s)");
            form.getStyle().set("flex", "1");
            card.add(form, remove);
        }
    }
}
