package app.avenant.performance.ui;

import app.avenant.performance.PenaltyCap;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

/**
 * The penalty cap (plafond des pénalités) consumed so far. Once reached the card says so in words, in red and
 * with an icon: further service credits are no longer due, which both sides must know before the next
 * statement.
 */
class PenaltyCapCard extends Composite<Section> {

    PenaltyCapCard(PenaltyCap cap, Component indicatorsLink) {
        Section card = getContent();
        card.setId("overview-penalty-cap");
        card.addClassNames("av-card", "av-overview-card");
        card.add(new H3(getTranslation("performance.overview.penaltyCap.title")));
        String variant = cap.reached() ? "danger" : cap.isSet() ? "success" : "neutral";
        Span status = new Span(getTranslation(
                cap.reached()
                        ? "performance.overview.penaltyCap.statusReached"
                        : cap.isSet()
                                ? "performance.overview.penaltyCap.statusBelow"
                                : "performance.overview.penaltyCap.statusNone"));
        status.setId("overview-penalty-cap-status");
        status.addClassNames("av-pill", "av-pill--" + variant);
        card.add(new Paragraph(status));
        if (cap.reached()) {
            card.addClassName("av-overview-card--danger");
            card.add(StatementTotalsSection.penaltyCapAlert(this, cap));
        }
        Paragraph value = new Paragraph(StatementTotalsSection.penaltyCapText(this, cap));
        value.setId("overview-penalty-cap-value");
        card.add(value, new Paragraph(indicatorsLink));
    }
}
