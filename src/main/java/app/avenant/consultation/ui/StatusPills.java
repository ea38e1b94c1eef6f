package app.avenant.consultation.ui;

import app.avenant.consultation.ConsultationStatus;
import app.avenant.consultation.OfferStatus;
import com.vaadin.flow.component.html.Span;

/** The coloured labels of a consultation and of an offer, the same on the list and on the consultation's page. */
final class StatusPills {

    private StatusPills() {}

    /** An offer's status, as its provider reads it. */
    static Span of(Span pill, OfferStatus offer) {
        return styled(
                pill,
                switch (offer) {
                    case INVITED -> "warning";
                    case ANSWERED -> "info";
                    case CHOSEN -> "success";
                    case DECLINED, NOT_CHOSEN -> "neutral";
                });
    }

    /** A consultation's status, as the PME reads it. */
    static Span of(Span pill, ConsultationStatus status) {
        return styled(
                pill,
                switch (status) {
                    case OPEN -> "info";
                    case DECIDED -> "success";
                    case CLOSED -> "neutral";
                });
    }

    private static Span styled(Span pill, String tone) {
        pill.addClassNames("av-pill", "av-pill--" + tone);
        return pill;
    }
}
