package app.avenant.contract.ui;

import app.avenant.contract.Side;
import app.avenant.contract.VersionOrigin;
import app.avenant.contract.VersionOrigins;
import app.avenant.shared.ui.Routes;
import app.avenant.shared.ui.ScreenLink.Target;
import app.avenant.shared.ui.ScreenLinks;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The requests behind versions, for the history and the compare, and the links to them. Both come from the
 * change module without this one knowing it (docs/decisions/0026): {@link VersionOrigins} may be absent (the
 * contract module started alone), and the links are {@code ScreenLink}s the change module contributes.
 */
final class Origins {

    private final @Nullable VersionOrigins origins;
    private final ScreenLinks links;

    Origins(@Nullable VersionOrigins origins, ScreenLinks links) {
        this.origins = origins;
        this.links = links;
    }

    /** The requests that produced versions from..to, without field attribution; none without the change module. */
    List<VersionOrigin> of(UUID contractId, int from, int to) {
        return origins == null || from > to ? List.of() : origins.origins(contractId, from, to);
    }

    /** The same, with who proposed each field. */
    List<VersionOrigin> attributed(UUID contractId, int from, int to) {
        return origins == null || from > to ? List.of() : origins.attributedOrigins(contractId, from, to);
    }

    /** A link to the request's screen with {@code text}; the text alone when no module offers that screen. */
    Component link(VersionOrigin origin, String text) {
        return url(Target.CHANGE_REQUEST, origin)
                .<Component>map(url -> Routes.link(url, text))
                .orElseGet(() -> new Span(text));
    }

    Optional<String> discussion(VersionOrigin origin) {
        return url(Target.CHANGE_REQUEST_DISCUSSION, origin);
    }

    private Optional<String> url(Target target, VersionOrigin origin) {
        return links.url(target, origin.requestId());
    }

    /** "Demande n° 7 — Volume de 1 040". */
    static String title(Component c, VersionOrigin origin) {
        return c.getTranslation("contract.history.request", String.valueOf(origin.requestNumber()), origin.title());
    }

    static Pill side(Component c, Side side) {
        Pill pill = new Pill(Labels.side(c, side), side == Side.CLIENT ? Pill.Tone.INFO : Pill.Tone.NEUTRAL);
        pill.addClassName("av-side--" + side.name().toLowerCase(java.util.Locale.ROOT));
        return pill;
    }
}
