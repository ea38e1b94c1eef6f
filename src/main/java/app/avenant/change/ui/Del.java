package app.avenant.change.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/** The HTML {@code del} element: a value that no longer holds, struck through and announced as deleted. */
@Tag("del")
public class Del extends HtmlContainer {

    public Del(String text) {
        setText(text);
    }
}
