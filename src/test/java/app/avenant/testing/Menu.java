package app.avenant.testing;

import app.avenant.shared.ui.StaticHtml;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.dom.Element;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * The portal's menu as the signed-in person sees it: each entry's label and the path it opens, in order. The menu is
 * sent as HTML (decision 0055), so its entries are read from the side navigation's {@code innerHTML}.
 */
public final class Menu {

    private Menu() {}

    public static Map<String, String> entries() {
        Element nav = LocatorJ._find(StaticHtml.Block.class).stream()
                .map(StaticHtml.Block::getElement)
                .filter(element -> "vaadin-side-nav".equals(element.getTag()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no side navigation on the page"));
        Map<String, String> entries = new LinkedHashMap<>();
        Jsoup.parseBodyFragment(nav.getProperty("innerHTML", ""))
                .select("vaadin-side-nav-item")
                .forEach(item -> entries.put(item.text(), item.attr("path")));
        return entries;
    }
}
