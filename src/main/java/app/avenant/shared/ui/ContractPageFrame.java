package app.avenant.shared.ui;

import app.avenant.shared.NotFoundException;
import app.avenant.shared.RouteIds;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The frame every screen of one contract shares (docs/decisions/0021): the id read from the route, the one
 * "introuvable" ({@link NotFoundState}) for a malformed id or whatever the module's service says is missing
 * or hidden (a {@link NotFoundException}), and the header: back link, the page's title, the contract's
 * reference and title. It knows no module: the view passes the loader and the texts.
 */
public final class ContractPageFrame {

    /** The route parameter of every contract page ({@code contracts/:contractId/...}). */
    public static final String CONTRACT_ID = "contractId";

    private ContractPageFrame() {}

    /**
     * What the route's {@code parameter} names, as the loader reads it through the module's service; empty when
     * the id is malformed or the service answers "not found", which the view shows as {@link NotFoundState}.
     */
    public static <T> Optional<T> load(BeforeEnterEvent event, String parameter, Function<UUID, T> loader) {
        Optional<UUID> id = event.getRouteParameters().get(parameter).flatMap(RouteIds::parse);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(loader.apply(id.get()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** "← back", the page's title and "AV-2026-001 — the contract's title". */
    public static Component[] header(
            String backUrl, String backText, String pageTitle, String reference, String contractTitle) {
        Anchor back = Routes.link(backUrl, "← " + backText);
        back.addClassName("av-back");
        Span line = new Span(reference + " — " + contractTitle);
        line.addClassName("av-reference");
        return new Component[] {back, new H2(pageTitle), line};
    }
}
