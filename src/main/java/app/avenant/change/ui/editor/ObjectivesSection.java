package app.avenant.change.ui.editor;

import app.avenant.contract.terms.Objective;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.TextLimits;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** "Objectifs": what the PME seeks (mistake n°1), added and removed freely. */
class ObjectivesSection extends Composite<Div> {

    private final EditorContext ctx;
    private final Div rows = new Div();
    final List<Row> objectives = new ArrayList<>();
    final Button add;

    ObjectivesSection(List<Objective> initial, EditorContext ctx) {
        this.ctx = ctx;
        Paragraph intro = new Paragraph(ctx.t("contract.objectives.intro"));
        intro.addClassName("av-hint");
        add = new Button(ctx.t("changeeditor.objectives.add"), VaadinIcon.PLUS.create(), e -> {
            addRow(null).kind.focus();
            ctx.markDirty();
        });
        initial.forEach(this::addRow);
        getContent().add(intro, rows, add);
    }

    private Row addRow(@Nullable Objective objective) {
        Row row = new Row(objective);
        objectives.add(row);
        rows.add(row);
        return row;
    }

    List<Objective> build(Set<String> takenKeys) {
        objectives.stream().map(r -> r.key).filter(k -> k != null).forEach(takenKeys::add);
        List<Objective> built = new ArrayList<>();
        for (int i = 0; i < objectives.size(); i++) {
            Row row = objectives.get(i);
            String key = row.key != null ? row.key : Keys.unique(row.description.getValue(), "objectif", takenKeys);
            for (String prefix : List.of("objectives[" + key + "]", "objectives[#" + (i + 1) + "]")) {
                ctx.register(prefix + ".kind", row.kind);
                ctx.register(prefix + ".description", row.description);
                ctx.register(prefix + ".indicator", row.indicator);
                ctx.context(prefix, ctx.t("changeeditor.objectives.item", i + 1));
            }
            built.add(new Objective(
                    key,
                    row.kind.getValue(),
                    row.description.getValue().strip(),
                    row.indicator.getValue().strip()));
        }
        return built;
    }

    /** One objective; its key is kept when it existed, made from the description when new. */
    final class Row extends Composite<Div> {

        final @Nullable String key;
        final Select<ObjectiveKind> kind = new Select<>();
        final TextField description;
        final TextField indicator;

        /** The field of a {@code FieldChange} code such as {@code objective.description}, or null. */
        @Nullable
        Component field(String code) {
            return switch (code) {
                case "objective.kind" -> kind;
                case "objective.description" -> description;
                case "objective.indicator" -> indicator;
                default -> null;
            };
        }

        Row(@Nullable Objective objective) {
            key = objective == null ? null : objective.key();
            kind.setLabel(ctx.t("terms.field.objective.kind"));
            kind.setItems(ObjectiveKind.values());
            kind.setItemLabelGenerator(k -> ctx.t("terms.objectiveKind." + k.name()));
            kind.setValue(objective == null ? ObjectiveKind.TIME_SAVED : objective.kind());
            ctx.watch(kind);
            description = ctx.text(
                    "terms.field.objective.description",
                    objective == null ? "" : objective.description(),
                    TextLimits.DESCRIPTION);
            indicator = ctx.text(
                    "terms.field.objective.indicator",
                    objective == null ? "" : objective.indicator(),
                    TextLimits.INDICATOR);
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                objectives.remove(this);
                rows.remove(this);
                ctx.markDirty();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(ctx.t("changeeditor.objectives.remove"));
            remove.setTooltipText(ctx.t("changeeditor.objectives.remove"));
            FormLayout form = new FormLayout(kind, description, indicator);
            form.setAutoResponsive(true);
            // fields side by side as the width allows, not one per row down a narrow column (docs/decisions/0028)
            form.setAutoRows(true);
            form.setExpandFields(true); // a text is read whole, not cut at the field's default width
            form.setColspan(description, 2);
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
