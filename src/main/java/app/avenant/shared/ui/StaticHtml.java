package app.avenant.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.dom.ElementUtil;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;

/**
 * A block that only shows (tables of figures, a diff, a comment), sent to the browser as one element with its
 * HTML inside instead of one server-side node per cell and per text (issue 13, points 1 to 3). A page kept in
 * memory for each open tab holds one node per element it shows: a table of 20 rows was 150 nodes, each with
 * its maps of properties, attributes and listeners, built, encoded and kept for as long as the tab is open; as
 * HTML it is one node and one string. docs/decisions/0038.
 *
 * <p>The block is built with the usual components and rendered once: texts and attributes are escaped by the HTML
 * serializer, as they are when Vaadin renders the same components. Only what lives in attributes and texts
 * survives: no listener, no property-driven web component (a combo box, a tooltip), and links that are plain
 * {@code href}s (router links keep their {@code router-link} attribute, which the client router follows).
 */
public final class StaticHtml {

    private StaticHtml() {}

    /**
     * A block as rendered: its root element's tag and attributes, and the HTML inside it. The same for every page
     * in one language, so a block shown on many pages (a live comment) is rendered once for all of them.
     */
    public record Rendered(String tag, Map<String, String> attributes, String inner) {}

    /** The one element a rendered block is on the page; its content can be rendered again. */
    public static final class Block extends Component {
        private Block(Element element) {
            super(element);
        }

        /** Shows {@code shown} as it renders now in place of what the block showed. */
        public void show(Component shown) {
            fill(getElement(), render(shown));
        }
    }

    /** What {@code shown} renders now. */
    public static Rendered render(Component shown) {
        Document document = new Document("");
        // not pretty-printed: a line break between two inline elements would show as a space
        document.outputSettings().prettyPrint(false);
        org.jsoup.nodes.Node node = ElementUtil.toJsoup(document, shown.getElement());
        // the document's output settings apply only to what it holds
        document.appendChild(node);
        if (!(node instanceof org.jsoup.nodes.Element root)) {
            throw new IllegalArgumentException("a block renders from an element, not a text");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Attribute attribute : root.attributes()) {
            attributes.put(attribute.getKey(), attribute.getValue());
        }
        return new Rendered(root.tagName(), Map.copyOf(attributes), root.html());
    }

    /** One element whose content is what {@code shown} renders now. */
    public static Block of(Component shown) {
        return of(render(shown));
    }

    /** One element showing a block rendered before (no parsing, no component built). */
    public static Block of(Rendered rendered) {
        Element element = new Element(rendered.tag());
        fill(element, rendered);
        return new Block(element);
    }

    private static void fill(Element element, Rendered rendered) {
        rendered.attributes().forEach(element::setAttribute);
        element.setProperty("innerHTML", rendered.inner());
    }
}
