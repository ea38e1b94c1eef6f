package app.avenant.contract.ui;

import app.avenant.contract.ContractStatus;
import com.vaadin.flow.component.html.Span;

/** A small coloured label ("Actif", "Prêt", "Ajouté"…), styled by styles/contract.css. */
class Pill extends Span {

    enum Tone {
        NEUTRAL,
        INFO,
        SUCCESS,
        WARNING,
        DANGER
    }

    Pill(String text, Tone tone) {
        super(text);
        addClassNames("av-pill", "av-pill--" + tone.name().toLowerCase(java.util.Locale.ROOT));
    }

    static Tone toneOf(ContractStatus status) {
        return switch (status) {
            case DRAFT -> Tone.NEUTRAL;
            case PILOT -> Tone.INFO;
            case ACTIVE -> Tone.SUCCESS;
            case SUSPENDED -> Tone.WARNING;
            case TERMINATED -> Tone.DANGER;
        };
    }
}
