package app.avenant.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;

/**
 * Plain HTML tables with real header cells (readable by screen readers and when printed), styled by the
 * {@code av-table} and {@code av-num} classes of the feature stylesheets. Shared by the contract and change screens.
 */
public final class Tables {

    private Tables() {}

    public static NativeTable table(String... headers) {
        NativeTable table = new NativeTable();
        table.addClassName("av-table");
        NativeTableRow head = table.getHead().addRow();
        for (String header : headers) {
            head.addHeaderCell().setText(header);
        }
        return table;
    }

    public static NativeTableCell numeric(String text) {
        NativeTableCell cell = new NativeTableCell(text);
        cell.addClassName("av-num");
        return cell;
    }

    public static NativeTableCell cell(Component... content) {
        return new NativeTableCell(content);
    }
}
