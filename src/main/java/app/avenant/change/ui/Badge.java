package app.avenant.change.ui;

import app.avenant.change.ChangeRequestStatus;
import app.avenant.contract.Side;
import app.avenant.contract.ui.Labels;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** A small coloured label ("Soumise", "PME", "À approuver"), styled by styles/contract.css (av-pill). */
class Badge extends Span {

    enum Tone {
        NEUTRAL,
        INFO,
        SUCCESS,
        WARNING,
        DANGER
    }

    Badge(String text, Tone tone) {
        super(text);
        addClassNames("av-pill", "av-pill--" + tone.name().toLowerCase(Locale.ROOT));
    }

    static Badge status(ChangeRequestStatus status) {
        Badge badge = new Badge("", toneOf(status));
        badge.setText(ChangeLabels.status(badge, status));
        badge.addClassName("av-cr-status");
        return badge;
    }

    static Badge side(Side side) {
        Badge badge = new Badge("", side == Side.CLIENT ? Tone.INFO : Tone.NEUTRAL);
        badge.setText(Labels.side(badge, side));
        badge.addClassName("av-side--" + side.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static Tone toneOf(ChangeRequestStatus status) {
        return switch (status) {
            case DRAFT -> Tone.NEUTRAL;
            case SUBMITTED -> Tone.INFO;
            case ACCEPTED -> Tone.SUCCESS;
            case REJECTED -> Tone.DANGER;
            case WITHDRAWN -> Tone.WARNING;
        };
    }
}
