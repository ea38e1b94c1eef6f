package app.avenant.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.Serializable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A button a screen offers to some of its readers only (approve, counter-propose, earlier messages), built the first
 * time it is offered and dropped when it no longer is, rather than built for everyone and hidden.
 *
 * <p>Vaadin keeps, for a hidden component, every change the browser has not been sent yet (its text, theme,
 * listeners, tooltip), for as long as the page is open, and a button never put on the page keeps them too; on a
 * change request closed or read by someone without rights, nine such buttons held some 30 KB of each open page
 * (issue 13, point 2; decision 0055).
 */
public final class OfferedButton implements Serializable {

    private final SerializableSupplier<Button> build;
    private @Nullable Button button;

    /** {@code build} makes the button (words, theme, click); called again after the button was dropped. */
    public OfferedButton(SerializableSupplier<Button> build) {
        this.build = build;
    }

    /** The button, built now if it is not: the screen puts it on the page (or keeps it there) and sets its words. */
    public Button button() {
        Button built = button;
        if (built == null) {
            built = build.get();
            button = built;
        }
        return built;
    }

    /**
     * Offered or not now: when it is and the reader does not see it yet, {@code place} puts it on the page where it
     * goes; one already shown stays where it is (and keeps the keyboard's focus); one no longer offered is dropped.
     */
    public void offer(boolean offered, Consumer<Button> place) {
        if (!offered) {
            drop();
        } else if (!isVisible()) {
            place.accept(button());
        }
    }

    /** Not offered (any more): off the page and forgotten, with everything Vaadin kept for it. */
    public void drop() {
        Button built = button;
        if (built != null) {
            built.removeFromParent();
            button = null;
        }
    }

    /** Whether the reader sees it: built, on a page and not hidden. */
    public boolean isVisible() {
        Button built = button;
        return built != null && built.getParent().isPresent() && built.isVisible();
    }
}
