package app.avenant.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a module's navigation class turns a view class and its parameters into a URL (the router builds it
 * from the view's {@code @Route}, so no URL is assembled by hand), and the one place that makes a link the
 * router follows without reloading the page (docs/decisions/0021).
 */
public final class Routes {

    // ":contractId", ":id?", ":path*" or ":number(\\d+)" in a @Route template
    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)(\\([^)]*\\))?[?*]?");

    private Routes() {}

    /** The URL of {@code view} with one route parameter, e.g. {@code contracts/<id>/changes}. */
    public static String url(Class<? extends Component> view, String parameter, Object value) {
        return url(view, new RouteParameters(parameter, String.valueOf(value)));
    }

    public static String url(Class<? extends Component> view, RouteParameters parameters) {
        if (VaadinService.getCurrent() == null) {
            return fromTemplate(view, parameters);
        }
        return RouteConfiguration.forApplicationScope().getUrl(view, parameters);
    }

    /**
     * The same URL read from the view's {@code @Route} template, for code that runs outside any Vaadin request (the
     * mail sender links to screens from a scheduler thread, where the router's registry cannot be reached).
     */
    static String fromTemplate(Class<? extends Component> view, RouteParameters parameters) {
        Route route = view.getAnnotation(Route.class);
        if (route == null) {
            throw new IllegalArgumentException(view + " has no @Route");
        }
        Matcher matcher = PARAMETER.matcher(route.value());
        StringBuilder url = new StringBuilder();
        while (matcher.find()) {
            String value = parameters
                    .get(matcher.group(1))
                    .orElseThrow(() -> new IllegalArgumentException("no " + matcher.group(1) + " for " + view));
            matcher.appendReplacement(url, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(url);
        return url.toString();
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
