package app.avenant.performance.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** A small coloured label ("Verrouillé", "Ouvert"), styled by styles/contract.css (av-pill). */
class StatementPill extends Span {

    enum Tone {
        NEUTRAL,
        INFO,
        SUCCESS,
        WARNING,
        DANGER
    }

    StatementPill(String text, Tone tone) {
        super(text);
        addClassNames("av-pill", "av-pill--" + tone.name().toLowerCase(Locale.ROOT));
    }
}
