package app.avenant.change.ui.editor;

import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.TextLimits;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * "Périmètre": the scope items. Each item's volume terms are edited in the "Volumes" part
 * ({@link #volumes()}), one card per item in the same order.
 */
class ScopeSection extends Composite<Div> {

    private final EditorContext ctx;
    private final Div rows = new Div();
    private final Div volumes = new Div();
    private final Paragraph noVolumes;
    final List<Item> items = new ArrayList<>();
    final Button add;

    ScopeSection(List<ScopeItem> initial, EditorContext ctx) {
        this.ctx = ctx;
        Paragraph intro = new Paragraph(ctx.t("changeeditor.scope.intro"));
        intro.addClassName("av-hint");
        noVolumes = new Paragraph(ctx.t("changeeditor.volume.none"));
        noVolumes.addClassName("av-empty");
        volumes.add(noVolumes);
        add = new Button(ctx.t("changeeditor.scope.add"), VaadinIcon.PLUS.create(), e -> {
            addItem(null).title.focus();
            ctx.markDirty();
        });
        initial.forEach(this::addItem);
        getContent().add(intro, rows, add);
    }

    /** The volume cards, shown by the editor under "Volumes". */
    Div volumes() {
        return volumes;
    }

    private Item addItem(@Nullable ScopeItem item) {
        Item row = new Item(item);
        items.add(row);
        rows.add(row);
        volumes.add(row.volume);
        noVolumes.setVisible(false);
        return row;
    }

    private void remove(Item item) {
        items.remove(item);
        rows.remove(item);
        volumes.remove(item.volume);
        noVolumes.setVisible(items.isEmpty());
        ctx.markDirty();
    }

    List<ScopeItem> build(Set<String> takenKeys) {
        items.stream().map(r -> r.key).filter(k -> k != null).forEach(takenKeys::add);
        List<ScopeItem> built = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item row = items.get(i);
            String key = row.key != null ? row.key : Keys.unique(row.title.getValue(), "prestation", takenKeys);
            row.builtKey = key;
            String name = row.title.getValue().isBlank()
                    ? String.valueOf(i + 1)
                    : row.title.getValue().strip();
            for (String prefix : List.of("scopeItems[" + key + "]", "scopeItems[#" + (i + 1) + "]")) {
                ctx.register(prefix + ".title", row.title);
                ctx.register(prefix + ".description", row.description);
                ctx.register(prefix + ".acceptanceCriteria", row.acceptance);
                ctx.register(prefix + ".unitOfMeasure", row.unit);
                ctx.register(prefix + ".documentationUrl", row.documentation);
                ctx.context(prefix, ctx.t("changeeditor.scope.item", name));
            }
            built.add(new ScopeItem(
                    key,
                    row.title.getValue().strip(),
                    row.description.getValue().strip(),
                    row.acceptance.getValue().strip(),
                    row.unit.getValue().strip(),
                    row.documentation.getValue().strip(),
                    row.retained.getValue(),
                    row.volume.build("scopeItems[" + key + "]"),
                    row.documents.value()));
        }
        return built;
    }

    /** The items a service level's deadline can measure: those with a key, under their title as typed now. */
    List<DeadlineEditor.MeasuredItem> measurableItems() {
        List<DeadlineEditor.MeasuredItem> measurable = new ArrayList<>();
        for (Item row : items) {
            if (row.key != null) {
                String title = row.title.getValue().isBlank()
                        ? row.key
                        : row.title.getValue().strip();
                measurable.add(new DeadlineEditor.MeasuredItem(row.key, title));
            }
        }
        return measurable;
    }

    /** One scope item. The key of an existing item never changes; a new one gets a key made from its title. */
    final class Item extends Composite<Div> {

        final @Nullable String key;

        @Nullable
        String builtKey;

        private final H3 heading = new H3();
        final TextField title;
        final TextArea description;
        final TextArea acceptance;
        final TextField unit;
        final TextField documentation;
        final Checkbox retained;
        final ScopeDocumentsField documents;
        final VolumeEditor volume;
        final Button remove;

        /** The field of a {@code FieldChange} code such as {@code scope.title}, or null. */
        @Nullable
        Component field(String code) {
            return switch (code) {
                case "scope.title" -> title;
                case "scope.description" -> description;
                case "scope.acceptanceCriteria" -> acceptance;
                case "scope.unitOfMeasure" -> unit;
                case "scope.documentationUrl" -> documentation;
                case "scope.retainedDecision" -> retained;
                case "scope.attachments" -> documents;
                default -> null;
            };
        }

        Item(@Nullable ScopeItem item) {
            key = item == null ? null : item.key();
            title = ctx.text("terms.field.scope.title", item == null ? "" : item.title(), TextLimits.TITLE);
            title.setRequiredIndicatorVisible(true);
            description = ctx.area(
                    "terms.field.scope.description", item == null ? "" : item.description(), TextLimits.LONG_TEXT);
            acceptance = ctx.area(
                    "terms.field.scope.acceptanceCriteria",
                    item == null ? "" : item.acceptanceCriteria(),
                    TextLimits.LONG_TEXT);
            unit = ctx.text(
                    "terms.field.scope.unitOfMeasure",
                    item == null ? "" : item.unitOfMeasure(),
                    TextLimits.UNIT_OF_MEASURE);
            unit.setPlaceholder(ctx.t("changeeditor.scope.unit.placeholder"));
            documentation = ctx.text(
                    "terms.field.scope.documentationUrl", item == null ? "" : item.documentationUrl(), TextLimits.URL);
            documentation.setPlaceholder("https://…");
            retained =
                    new Checkbox(ctx.t("terms.field.scope.retainedDecision"), item != null && item.retainedDecision());
            retained.setTooltipText(ctx.t("contract.scope.retained.hint"));
            ctx.watch(retained);
            documents = new ScopeDocumentsField(item == null ? List.of() : item.attachments(), ctx, ctx.scopeFiles());
            volume = new VolumeEditor(title.getValue(), item == null ? null : item.volume(), ctx);
            heading.setText(headingText());
            title.addValueChangeListener(e -> {
                heading.setText(headingText());
                volume.setTitle(e.getValue());
            });

            remove = new Button(ctx.t("changeeditor.scope.remove"), VaadinIcon.TRASH.create(), e -> confirmRemove());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            Div top = new Div(heading, remove);
            top.getStyle()
                    .set("display", "flex")
                    .set("justify-content", "space-between")
                    .set("align-items", "baseline")
                    .set("gap", "var(--lumo-space-s)");
            FormLayout form = new FormLayout(title, unit, description, acceptance, documentation, documents, retained);
            form.setAutoResponsive(true);
            // fields side by side as the width allows, not one per row down a narrow column (docs/decisions/0028)
            form.setAutoRows(true);
            form.setExpandFields(true); // a text is read whole, not cut at the field's default width
            form.setColspan(title, 2);
            form.setColspan(description, 2);
            form.setColspan(acceptance, 2);
            form.setColspan(documentation, 2);
            form.setColspan(documents, 2);
            Div card = getContent();
            card.addClassName("av-card");
            card.add(top, form);
        }

        private String headingText() {
            return title.getValue().isBlank() ? ctx.t("changeeditor.scope.untitled") : title.getValue();
        }

        private void confirmRemove() {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setHeader(ctx.t("changeeditor.scope.remove.title"));
            confirm.setText(ctx.t("changeeditor.scope.remove.text", headingText()));
            confirm.setCancelable(true);
            confirm.setCancelText(ctx.t("changeeditor.cancel"));
            confirm.setConfirmText(ctx.t("changeeditor.scope.remove.ok"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(e -> ScopeSection.this.remove(this));
            confirm.open();
        }
    }
}
