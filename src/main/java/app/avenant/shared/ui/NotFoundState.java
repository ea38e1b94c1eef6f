package app.avenant.shared.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The one "introuvable" of the portal: for a malformed id, something missing, or something of a contract the
 * caller is not a member of, so nobody learns whether it exists. It links back to "Mes contrats" (the home
 * page). Modules choose only the words ({@code <keys>.title}, {@code .text}, {@code .back}).
 */
public class NotFoundState extends Composite<Div> {

    /** "Contrat introuvable", the words of every contract page. */
    public static final String CONTRACT_KEYS = "contract.notFound";

    public NotFoundState() {
        this(CONTRACT_KEYS);
    }

    public NotFoundState(String keys, String... classNames) {
        Div root = getContent();
        root.addClassName("av-not-found");
        root.addClassNames(classNames);
        root.add(
                new H2(getTranslation(keys + ".title")),
                new Paragraph(getTranslation(keys + ".text")),
                Routes.link("", getTranslation(keys + ".back")));
    }
}
