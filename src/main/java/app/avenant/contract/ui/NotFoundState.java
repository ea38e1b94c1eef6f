package app.avenant.contract.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/**
 * "Contrat introuvable": the one answer for a malformed id, a missing contract, a contract of another
 * organisation or an unknown version, so that nobody learns whether a contract exists.
 */
class NotFoundState extends Composite<Div> {

    NotFoundState() {
        Div root = getContent();
        root.addClassName("av-not-found");
        root.add(new H2(getTranslation("contract.notFound.title")),
                new Paragraph(getTranslation("contract.notFound.text")),
                new RouterLink(getTranslation("contract.notFound.back"), ContractListView.class));
    }
}
