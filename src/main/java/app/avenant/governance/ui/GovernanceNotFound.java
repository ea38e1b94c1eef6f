package app.avenant.governance.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * "Introuvable": the one answer for a malformed id, a missing contract or review, or one of another
 * organisation, so that nobody learns whether it exists.
 */
class GovernanceNotFound extends Composite<Div> {

    GovernanceNotFound() {
        Div root = getContent();
        root.addClassNames("av-not-found", "av-gov-not-found");
        root.add(new H2(getTranslation("governance.notFound.title")),
                new Paragraph(getTranslation("governance.notFound.text")),
                new Anchor("contracts", getTranslation("governance.notFound.back")));
    }
}
