package app.avenant.change.ui;

import app.avenant.change.AttributedChange;
import app.avenant.contract.Side;
import app.avenant.contract.terms.ChangeKind;
import app.avenant.contract.terms.FieldChange;
import app.avenant.contract.terms.ItemChange;
import app.avenant.contract.terms.TermsSection;
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

    /** Where a row sits: same places in the same order, a newer diff can be shown by rewriting values only. */
    private record Place(
            Item item, @Nullable String field, @Nullable String detail, boolean attributed) {}

    /** The cells of one row whose content a newer diff may rewrite. */
    private record Cells(
            NativeTableCell before,
            NativeTableCell after,
            @Nullable NativeTableCell by) {}

    private final List<Place> places = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<Cells> cells = new ArrayList<>();

    private DiffTable(Map<Item, List<Row>> listed, String emptyText) {
        Div root = getContent();
        root.addClassName("av-cr-diff");
        Map<Item, List<Row>> items = inDisplayOrder(listed);
        places.addAll(shapeOf(items));
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph(emptyText);
            empty.addClassName("av-empty");
            root.add(empty);
            return;
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
     * Shows a newer base → proposed diff in place when it changes the same fields (a counter-proposal on a value
     * already changed): only the cells whose value differs are rewritten, instead of the whole table going to the
     * browser again (docs/decisions/0029). False when the fields differ: the caller builds a new table.
     */
    boolean showInPlace(List<ItemChange> changes) {
        return rewrite(items(changes));
    }

    /** The same for a revision → revision comparison. */
    boolean showAttributedInPlace(List<AttributedChange> changes) {
        return rewrite(attributedItems(changes));
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

    /** Each item, then each of its rows, in the order given. */
    private static List<Place> shapeOf(Map<Item, List<Row>> items) {
        boolean attributed = isAttributed(items);
        List<Place> shape = new ArrayList<>();
        items.forEach((item, rows) -> {
            shape.add(new Place(item, null, null, attributed));
            rows.forEach(row ->
                    shape.add(new Place(item, row.field().field(), row.field().detail(), attributed)));
        });
        return shape;
    }

    private boolean rewrite(Map<Item, List<Row>> listed) {
        Map<Item, List<Row>> items = inDisplayOrder(listed);
        if (items.isEmpty() || !places.equals(shapeOf(items))) {
            return false;
        }
        List<Row> newer = items.values().stream().flatMap(List::stream).toList();
        for (int i = 0; i < newer.size(); i++) {
            if (!newer.get(i).equals(rows.get(i))) {
                fill(cells.get(i), newer.get(i));
                rows.set(i, newer.get(i));
            }
        }
        return true;
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
            Cells rowCells =
                    new Cells(new NativeTableCell(), new NativeTableCell(), attributed ? new NativeTableCell() : null);
            rowCells.before().addClassName("av-before");
            rowCells.after().addClassName("av-after");
            fill(rowCells, row);
            tr.add(
                    new NativeTableCell(Values.fieldLabel(this, field.field(), field.detail())),
                    rowCells.before(),
                    rowCells.after());
            if (rowCells.by() != null) {
                tr.add(rowCells.by());
            }
            this.rows.add(row);
            cells.add(rowCells);
        }
        card.add(table);
        return card;
    }

    private void fill(Cells rowCells, Row row) {
        FieldChange field = row.field();
        rowCells.before().removeAll();
        rowCells.after().removeAll();
        if (field.before() != null) {
            rowCells.before().add(new Del(Values.format(this, field.field(), field.kind(), field.before())));
        } else {
            rowCells.before().add(none());
        }
        if (field.after() != null) {
            rowCells.after().add(new Span(Values.format(this, field.field(), field.kind(), field.after())));
        } else {
            rowCells.after().add(none());
        }
        NativeTableCell by = rowCells.by();
        if (by != null) {
            by.removeAll();
            if (row.side() != null) {
                by.add(Badge.side(row.side()));
            }
            if (row.revision() != null) {
                Span revision = new Span(getTranslation("changeui.revision.short", String.valueOf(row.revision())));
                revision.addClassName("av-hint");
                by.add(revision);
            }
        }
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
