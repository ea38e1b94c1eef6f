package app.avenant.change.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;

/** Plain HTML tables with real header cells (readable by screen readers and when printed). */
final class Tables {

    private Tables() {
    }

    static NativeTable table(String... headers) {
        NativeTable table = new NativeTable();
        table.addClassName("av-table");
        NativeTableRow head = table.getHead().addRow();
        for (String header : headers) {
            head.addHeaderCell().setText(header);
        }
        return table;
    }

    static NativeTableCell numeric(String text) {
        NativeTableCell cell = new NativeTableCell(text);
        cell.addClassName("av-num");
        return cell;
    }

    static NativeTableCell cell(Component... content) {
        return new NativeTableCell(content);
    }
}
