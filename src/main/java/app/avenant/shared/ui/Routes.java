package app.avenant.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;

/**
 * How a module's navigation class turns a view class and its parameters into a URL (the router builds it
 * from the view's {@code @Route}, so no URL is assembled by hand), and the one place that makes a link the
 * router follows without reloading the page (docs/decisions/0021).
 */
public final class Routes {

    private Routes() {}

    /** The URL of {@code view} with one route parameter, e.g. {@code contracts/<id>/changes}. */
    public static String url(Class<? extends Component> view, String parameter, Object value) {
        return url(view, new RouteParameters(parameter, String.valueOf(value)));
    }

    public static String url(Class<? extends Component> view, RouteParameters parameters) {
        return RouteConfiguration.forApplicationScope().getUrl(view, parameters);
    }

    public static String url(Class<? extends Component> view) {
        return RouteConfiguration.forApplicationScope().getUrl(view);
    }

    /** {@code url} with one query parameter, e.g. {@code contracts/<id>?tab=history}. */
    public static String withQuery(String url, String name, String value) {
        return new Location(url, QueryParameters.of(name, value)).getPathWithQueryParameters();
    }

    /** Opens {@code url}, query parameters included (the router takes them apart from the path). */
    public static void navigate(UI ui, String url) {
        Location location = new Location(url);
        ui.navigate(location.getPath(), location.getQueryParameters());
    }

    /** A link followed by Vaadin's router, without reloading the page; the home page is ".". */
    public static Anchor link(String url, String text) {
        Anchor anchor = new Anchor(url.isEmpty() ? "." : url, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
