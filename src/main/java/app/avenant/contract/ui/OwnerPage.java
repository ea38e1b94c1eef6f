package app.avenant.contract.ui;

import app.avenant.contract.ContractSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.springframework.modulith.NamedInterface;

/**
 * What the two owner-only screens (the audit trail, the access review) share: the contract's header, the
 * "not found" a non-member gets, and the refusal a member who is not an owner reads. The access review lives
 * here; the audit trail's screen ({@code audit.ui}) uses it through the named interface {@code owner-page},
 * so the one frame serves both without {@code contract} depending on {@code audit}.
 */
@NamedInterface("owner-page")
public final class OwnerPage {

    private OwnerPage() {
    }

    /** "← back to the contract", the screen's title and the contract's reference and title. */
    public static Component[] header(Component view, ContractSummary contract, String titleKey, String backKey) {
        Anchor back = link("contracts/" + contract.id(), "← " + view.getTranslation(backKey));
        back.addClassName("av-back");
        Span reference = new Span(contract.reference() + " — " + contract.title());
        reference.addClassName("av-reference");
        return new Component[] {back, new H2(view.getTranslation(titleKey)), reference};
    }

    /** The same "not found" as for a contract that does not exist: an outsider learns nothing. */
    public static Div notFound(Component view) {
        Div root = new Div(new H2(view.getTranslation("contract.notFound.title")),
                new Paragraph(view.getTranslation("contract.notFound.text")),
                link("", view.getTranslation("contract.notFound.back")));
        root.addClassName("av-not-found");
        return root;
    }

    public static Paragraph denied(Component view, String textKey, String className) {
        Paragraph denied = new Paragraph(view.getTranslation(textKey));
        denied.addClassName(className);
        return denied;
    }

    /** A link to another screen by route string, followed without reloading the page. */
    public static Anchor link(String route, String text) {
        Anchor anchor = new Anchor(route, text);
        anchor.getElement().setAttribute("router-link", true);
        return anchor;
    }
}
