package app.avenant.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * On a phone a grid keeps the columns a person needs to recognise a row and act on it; the others come back
 * on a wider screen. Cheaper to read than a table scrolled sideways with its status and actions off screen.
 */
public final class NarrowScreens {

    /** Below this width (CSS pixels) the screen is a phone's: 390 px is the width we check. */
    public static final int PHONE = 640;

    private NarrowScreens() {}

    /** Hides {@code columns} while the browser window is narrower than {@link #PHONE}, and follows resizes. */
    public static void hideOnPhones(Grid<?> grid, Grid.Column<?>... columns) {
        List<Grid.Column<?>> hidden = List.of(columns);
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> show(hidden, details.getWindowInnerWidth()));
            Registration resize = page.addBrowserWindowResizeListener(e -> show(hidden, e.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    private static void show(List<Grid.Column<?>> columns, int width) {
        boolean wide = width <= 0 || width >= PHONE;
        columns.forEach(column -> column.setVisible(wide));
    }
}
