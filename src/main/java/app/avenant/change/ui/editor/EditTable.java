package app.avenant.change.ui.editor;

import app.avenant.shared.ui.Help;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An editable table of the proposal editor (price bands, service levels): one row per entry, one column per
 * field, the row's remove button in its last column. Each field keeps its own label, hidden while the column
 * header names it and shown when the table is narrower than its columns (a phone): each row then wraps into a
 * small card, so no column is clipped and every button stays reachable (contract.css, docs/decisions/0031).
 * A field's error shows under it, inside its cell.
 */
final class EditTable extends Composite<Div> {

    /** A column: its header, an optional plain explanation of the word (a "?"), and its CSS grid track. */
    record Column(String header, @Nullable String help, String track) {}

    private final Div body = new Div();
    private final String tracks;

    EditTable(String className, String caption, List<Column> columns) {
        tracks = String.join(" ", columns.stream().map(Column::track).toList());
        Div table = getContent();
        table.addClassNames("av-edit-table", className);
        table.getElement().setAttribute("role", "table");
        table.getElement().setAttribute("aria-label", caption);
        Div head = new Div();
        head.addClassNames("av-edit-row", "av-edit-head");
        head.getElement().setAttribute("role", "row");
        head.getStyle().set("grid-template-columns", tracks);
        for (Column column : columns) {
            Div cell = new Div();
            cell.getElement().setAttribute("role", "columnheader");
            cell.addClassName("av-edit-th");
            if (!column.header().isEmpty()) {
                cell.add(new Span(column.header()));
            }
            String help = column.help();
            if (help != null) {
                cell.add(Help.icon(help));
            }
            head.add(cell);
        }
        body.addClassName("av-edit-body");
        body.getElement().setAttribute("role", "rowgroup");
        table.add(head, body);
    }

    /** Lays {@code row} out on the table's columns; its cells are made with {@link #cell}. */
    void asRow(Div row, String className) {
        row.addClassNames("av-edit-row", className);
        row.getElement().setAttribute("role", "row");
        row.getStyle().set("grid-template-columns", tracks);
    }

    /** A cell holding one field (or buttons), with the column's name for the narrow layout. */
    static Div cell(Component... content) {
        Div cell = new Div(content);
        cell.addClassName("av-edit-td");
        cell.getElement().setAttribute("role", "cell");
        return cell;
    }

    /** A cell across the whole row, under its columns: for a field that needs more room than a column. */
    static Div wideCell(Component... content) {
        Div cell = cell(content);
        cell.addClassName("av-edit-wide");
        return cell;
    }

    /** What a screen reader calls the table, e.g. "Tranches de prix de « Saisie des factures »". */
    void setCaption(String caption) {
        getContent().getElement().setAttribute("aria-label", caption);
    }

    void addRow(Component row) {
        body.add(row);
    }

    void removeRow(Component row) {
        body.remove(row);
    }
}
