package app.avenant.contract.ui;

import app.avenant.contract.terms.Objective;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** Tab "Objectifs": what value the PME seeks (time, reliability, continuity, cost). */
class ObjectivesTab extends Composite<Div> {

    ObjectivesTab(List<Objective> objectives, ProposeChange propose) {
        Div root = getContent();
        root.addClassName("av-tab");
        if (objectives.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("contract.objectives.empty"));
            empty.addClassName("av-empty");
            root.add(empty);
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("contract.objectives.intro"));
        intro.addClassName("av-hint");
        Div cards = new Div();
        cards.addClassName("av-cards");
        for (Objective objective : objectives) {
            Div card = new Div();
            card.addClassNames("av-card", "av-objective");
            card.add(
                    new Div(new Pill(Labels.anyEnum(this, objective.kind()), Pill.Tone.INFO)),
                    new Paragraph(objective.description()));
            Span indicator = new Span(
                    objective.indicator().isBlank()
                            ? getTranslation("contract.objectives.indicator.none")
                            : getTranslation("contract.objectives.indicator", objective.indicator()));
            indicator.addClassName("av-hint");
            card.add(indicator);
            propose.link("OBJECTIVES:" + objective.key()).ifPresent(card::add);
            cards.add(card);
        }
        root.add(intro, cards);
    }
}
