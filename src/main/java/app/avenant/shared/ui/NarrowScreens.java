package app.avenant.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * On a phone a grid keeps what a person needs to recognise a row and act on it, without scrolling sideways
 * inside the grid (columns beyond the screen's edge are columns nobody knows exist). Two ways, both following
 * the browser window's width as it changes:
 * <ul>
 *   <li>{@link #hideOnPhones}: secondary columns leave, the others stay (grids already narrow enough);
 *   <li>{@link #stackOnPhones}: one column whose cell stacks the row's key facts on a few lines replaces the
 *       wide columns, beside the columns one acts with (buttons, a checkbox).
 * </ul>
 */
public final class NarrowScreens {

    /** Below this width (CSS pixels) the screen is a phone's: 390 px is the width we check. */
    public static final int PHONE = 640;

    /** Key of the stacked column, and the class its grid carries while stacked (styles/avenant.css). */
    public static final String STACKED = "stacked";

    private NarrowScreens() {}

    /** Hides {@code columns} while the browser window is narrower than {@link #PHONE}, and follows resizes. */
    public static void hideOnPhones(Grid<?> grid, Grid.Column<?>... columns) {
        List<Grid.Column<?>> hidden = List.of(columns);
        follow(grid, phone -> hidden.forEach(column -> column.setVisible(!phone)));
    }

    /**
     * On a phone, shows one column of cells made by {@code facts} (see {@link #stack}) under
     * {@code header}, and hides every other column but {@code kept}; on a wider screen, the reverse. Call it
     * once all the grid's columns are added. A column a view shows or hides by itself (an actions column for
     * who may act) belongs in {@code kept}, so the two never disagree.
     */
    @SafeVarargs
    public static <T> Grid.Column<T> stackOnPhones(
            Grid<T> grid, String header, SerializableFunction<T, ? extends Component> facts, Grid.Column<T>... kept) {
        List<Grid.Column<T>> wide = new ArrayList<>(grid.getColumns());
        wide.removeAll(Arrays.asList(kept));
        Grid.Column<T> stacked = grid.addColumn(new ComponentRenderer<>(facts::apply))
                .setHeader(header)
                .setKey(STACKED)
                .setFlexGrow(1);
        stacked.setVisible(false);
        // in the place of the first column it stands for: a checkbox kept in front stays in front
        List<Grid.Column<T>> order = new ArrayList<>(grid.getColumns());
        order.remove(stacked);
        order.add(wide.isEmpty() ? order.size() : order.indexOf(wide.get(0)), stacked);
        grid.setColumnOrder(order);
        follow(grid, phone -> {
            stacked.setVisible(phone);
            wide.forEach(column -> column.setVisible(!phone));
            grid.setClassName(STACKED, phone);
        });
        return stacked;
    }

    /**
     * A stacked cell: each part on its own line, empty parts left out, so nothing is cut or hidden past the
     * screen's edge. The first line reads as the row's name (styles/avenant.css).
     */
    public static Div stack(Component... lines) {
        Div cell = new Div();
        cell.addClassName("av-stack");
        Arrays.stream(lines).filter(Objects::nonNull).forEach(cell::add);
        return cell;
    }

    /** One line of a stacked cell: its non-blank texts joined by " · ". */
    public static Span line(String... texts) {
        Span line = new Span(
                Arrays.stream(texts).filter(t -> t != null && !t.isBlank()).collect(Collectors.joining(" · ")));
        line.addClassName("av-stack-line");
        return line;
    }

    /** One line of a stacked cell made of components (a badge beside a date, say). */
    public static Div line(Component... parts) {
        Div line = new Div(parts);
        line.addClassName("av-stack-line");
        return line;
    }

    /** Runs {@code layout} with "is it a phone?" once the width is known, then on every resize. */
    private static void follow(Grid<?> grid, SerializableConsumer<Boolean> layout) {
        grid.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> apply(grid, layout, details.getWindowInnerWidth()));
            Registration resize = page.addBrowserWindowResizeListener(e -> apply(grid, layout, e.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    private static void apply(Grid<?> grid, SerializableConsumer<Boolean> layout, int width) {
        layout.accept(width > 0 && width < PHONE);
        // auto widths were measured with the other set of columns
        grid.recalculateColumnWidths();
    }
}
