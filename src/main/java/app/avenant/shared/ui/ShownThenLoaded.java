package app.avenant.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * A section whose content is read in a round trip of its own, once the page is shown: a loading line first, then
 * the browser asks for the rest. The screen opens within its own budget of statements (issue 13) and this answer
 * follows (decision 0048): the home's « Ce qui m'attend », the overview's « Coût et valeur ».
 */
public abstract class ShownThenLoaded extends Composite<Section> {

    private final Div body = new Div();
    private boolean loaded;

    protected ShownThenLoaded(String loadingKey) {
        Paragraph loading = new Paragraph(getTranslation(loadingKey));
        loading.addClassName("av-hint");
        body.add(loading);
        body.getElement().setAttribute("aria-live", "polite");
    }

    /** Where the content goes: under the section's heading, which the subclass adds to {@link #getContent()}. */
    protected Div body() {
        return body;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("setTimeout(() => this.$server.load(), 0)");
    }

    /** Called by the browser once the page is shown (and by tests); reads and shows the content once. */
    @ClientCallable
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        body.removeAll();
        fill();
    }

    /** Reads and adds the content to {@link #body()}. */
    protected abstract void fill();
}
