package app.avenant.testing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Every text a component shows, as {@link Element#getTextRecursively()} reads it, including what blocks sent as
 * HTML hold ({@code shared.ui.StaticHtml}): their texts live in the {@code innerHTML} property, not in child nodes.
 */
public final class ShownText {

    private ShownText() {}

    public static String of(Component component) {
        return of(component.getElement());
    }

    public static String of(Element element) {
        StringBuilder text = new StringBuilder();
        append(element, text);
        return text.toString();
    }

    private static void append(Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText());
            return;
        }
        String inner = element.getProperty("innerHTML");
        if (inner != null) {
            appendHtml(Jsoup.parseBodyFragment(inner).body(), text);
        }
        element.getChildren().forEach(child -> append(child, text));
    }

    private static void appendHtml(Node node, StringBuilder text) {
        if (node instanceof TextNode textNode) {
            text.append(textNode.getWholeText());
            return;
        }
        node.childNodes().forEach(child -> appendHtml(child, text));
    }

    /**
     * The elements matching a CSS selector inside the blocks sent as HTML under {@code root}, in page order: what a
     * test would have found as components before the block was rendered as HTML.
     */
    public static java.util.List<org.jsoup.nodes.Element> select(Component root, String cssSelector) {
        java.util.List<org.jsoup.nodes.Element> found = new java.util.ArrayList<>();
        collect(root.getElement(), cssSelector, found);
        return found;
    }

    private static void collect(Element element, String cssSelector, java.util.List<org.jsoup.nodes.Element> found) {
        if (element.isTextNode()) {
            return;
        }
        String inner = element.getProperty("innerHTML");
        if (inner != null) {
            org.jsoup.nodes.Element block = Jsoup.parseBodyFragment(inner).body();
            found.addAll(block.select(cssSelector));
        }
        element.getChildren().forEach(child -> collect(child, cssSelector, found));
    }

    /** The text of an element found in a block, as {@link #of} reads it. */
    public static String of(org.jsoup.nodes.Element element) {
        StringBuilder text = new StringBuilder();
        appendHtml(element, text);
        return text.toString();
    }
}
