package app.avenant.change.ui;

import app.avenant.change.AttributedChange;
import app.avenant.contract.Side;
import app.avenant.contract.terms.ChangeKind;
import app.avenant.contract.terms.FieldChange;
import app.avenant.contract.terms.ItemChange;
import app.avenant.contract.terms.TermsSection;
import app.avenant.shared.ui.StaticHtml;
import app.avenant.shared.ui.Tables;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Differences of the terms, field by field, grouped by section then item: the old value struck
 * through, the new one beside it. The same rendering serves base → proposal (a {@code TermsDiff}) and
 * revision → revision, where each change carries the side (PME / Prestataire) that made it.
 */
class DiffTable extends Composite<Div> {

    /** One row: a field change, with the side and revision that made it when known. */
    private record Row(
            FieldChange field,
            @Nullable Side side,
            @Nullable Integer revision) {}

    private record Item(TermsSection section, String key, String label, ChangeKind kind) {}

    /** What the block shows: a newer diff is rendered afresh into it (one string, docs/decisions/0038). */
    private final StaticHtml.Block shown;

    private final String emptyText;

    private DiffTable(Map<Item, List<Row>> listed, String emptyText) {
        this.emptyText = emptyText;
        getContent().addClassName("av-cr-diff");
        shown = StaticHtml.of(render(listed));
        getContent().add(shown);
    }

    /** The diff as components, never attached: what {@link StaticHtml} sends. */
    private Div render(Map<Item, List<Row>> listed) {
        Div root = new Div();
        root.addClassName("av-cr-diff-body");
        Map<Item, List<Row>> items = inDisplayOrder(listed);
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph(emptyText);
            empty.addClassName("av-empty");
            root.add(empty);
            return root;
        }
        boolean attributed = isAttributed(items);
        Div block = new Div();
        TermsSection blockSection = null;
        for (Map.Entry<Item, List<Row>> entry : items.entrySet()) {
            TermsSection section = entry.getKey().section();
            if (section != blockSection) {
                blockSection = section;
                block = new Div(new H4(getTranslation("terms.section." + section.name())));
                block.addClassName("av-cr-diff-section");
                root.add(block);
            }
            block.add(item(entry.getKey(), entry.getValue(), attributed));
        }
        return root;
    }

    /** Base → proposed. */
    static DiffTable of(List<ItemChange> changes, String emptyText) {
        return new DiffTable(items(changes), emptyText);
    }

    /** Revision → revision, each change with the side that made it. */
    static DiffTable attributed(List<AttributedChange> changes, String emptyText) {
        return new DiffTable(attributedItems(changes), emptyText);
    }

    /**
     * Shows a newer base → proposed diff in the same block (a live counter-proposal): one string for the browser
     * to redraw, not a table built again (docs/decisions/0029, 0038).
     */
    void showInPlace(List<ItemChange> changes) {
        shown.show(render(items(changes)));
    }

    /** The same for a revision → revision comparison. */
    void showAttributedInPlace(List<AttributedChange> changes) {
        shown.show(render(attributedItems(changes)));
    }

    private static Map<Item, List<Row>> items(List<ItemChange> changes) {
        Map<Item, List<Row>> items = new LinkedHashMap<>();
        for (ItemChange change : changes) {
            List<Row> rows = new ArrayList<>();
            change.fields().forEach(f -> rows.add(new Row(f, null, null)));
            items.put(new Item(change.section(), change.key(), change.label(), change.kind()), rows);
        }
        return items;
    }

    private static Map<Item, List<Row>> attributedItems(List<AttributedChange> changes) {
        Map<Item, List<Row>> items = new LinkedHashMap<>();
        for (AttributedChange change : changes) {
            ItemChange item = change.item();
            items.computeIfAbsent(
                            new Item(item.section(), item.key(), item.label(), item.kind()), k -> new ArrayList<>())
                    .add(new Row(change.field(), change.side(), change.revision()));
        }
        return items;
    }

    /** Sections in their order, items as listed within a section. */
    private static Map<Item, List<Row>> inDisplayOrder(Map<Item, List<Row>> items) {
        Map<Item, List<Row>> ordered = new LinkedHashMap<>();
        for (TermsSection section : TermsSection.values()) {
            items.forEach((item, rows) -> {
                if (item.section() == section) {
                    ordered.put(item, rows);
                }
            });
        }
        return ordered;
    }

    private static boolean isAttributed(Map<Item, List<Row>> items) {
        return items.values().stream().flatMap(List::stream).anyMatch(r -> r.side() != null);
    }

    private Component item(Item item, List<Row> rows, boolean attributed) {
        Div card = new Div();
        card.addClassNames(
                "av-card", "av-diff-item", "av-diff-item--" + item.kind().name().toLowerCase(Locale.ROOT));
        String label = item.label().isBlank() && item.section() == TermsSection.HEADER
                ? getTranslation("contract.compare.headerItem")
                : item.label();
        Span title = new Span(label);
        title.addClassName("av-cr-item-label");
        Div heading = new Div(
                title,
                new Badge(
                        getTranslation("contract.compare.change." + item.kind().name()), tone(item.kind())));
        heading.addClassName("av-diff-item-title");
        card.add(heading);
        if (rows.isEmpty()) {
            return card;
        }
        NativeTable table = attributed
                ? Tables.table(
                        getTranslation("changeui.diff.field"),
                        getTranslation("changeui.diff.before"),
                        getTranslation("changeui.diff.after"),
                        getTranslation("changeui.diff.by"))
                : Tables.table(
                        getTranslation("changeui.diff.field"),
                        getTranslation("changeui.diff.before"),
                        getTranslation("changeui.diff.after"));
        table.addClassName("av-diff-fields");
        for (Row row : rows) {
            FieldChange field = row.field();
            NativeTableRow tr = table.getBody().addRow();
            // the old value struck through, the new one beside it; "none" where there is no value
            NativeTableCell before = valueCell(
                    "av-before",
                    field.before() == null
                            ? null
                            : new Del(Values.format(this, field.field(), field.kind(), field.before())));
            NativeTableCell after = valueCell(
                    "av-after",
                    field.after() == null
                            ? null
                            : new Span(Values.format(this, field.field(), field.kind(), field.after())));
            tr.add(new NativeTableCell(Values.fieldLabel(this, field.field(), field.detail())), before, after);
            if (attributed) {
                tr.add(by(row));
            }
        }
        card.add(table);
        return card;
    }

    private NativeTableCell valueCell(String className, @Nullable Component value) {
        NativeTableCell cell = new NativeTableCell(value == null ? none() : value);
        cell.addClassName(className);
        return cell;
    }

    /** Who made the change: their side and the revision. */
    private NativeTableCell by(Row row) {
        NativeTableCell by = new NativeTableCell();
        if (row.side() != null) {
            by.add(Badge.side(row.side()));
        }
        if (row.revision() != null) {
            Span revision = new Span(getTranslation("changeui.revision.short", String.valueOf(row.revision())));
            revision.addClassName("av-hint");
            by.add(revision);
        }
        return by;
    }

    private Span none() {
        Span none = new Span(getTranslation("changeui.none"));
        none.addClassName("av-missing");
        return none;
    }

    private static Badge.Tone tone(ChangeKind kind) {
        return switch (kind) {
            case ADDED -> Badge.Tone.SUCCESS;
            case REMOVED -> Badge.Tone.DANGER;
            case CHANGED -> Badge.Tone.INFO;
        };
    }
}
