package app.avenant.change.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * "Contrat introuvable", exactly as the contract screens say it: for a malformed id, a missing contract or
 * change request, or one of a contract the caller is not a member of, so nobody learns whether it exists.
 */
class NotFoundState extends Composite<Div> {

    NotFoundState() {
        Div root = getContent();
        root.addClassNames("av-not-found", "av-cr-not-found");
        root.add(new H2(getTranslation("contract.notFound.title")),
                new Paragraph(getTranslation("contract.notFound.text")),
                Links.to("", getTranslation("contract.notFound.back")));
    }
}
