package app.avenant.change.ui;

import app.avenant.change.live.Presence;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * "Également sur cette page : Julien Moreau": who else has this change request open, kept up to date while the
 * screen is open. The screen {@link #enter enters} once the service has let the caller see the request (so
 * names never leak across contracts) and {@link #leave leaves} on detach or navigation. The viewer is never
 * listed, not even for another tab of their own.
 */
class PresenceIndicator extends Composite<Div> {

    private final Presence presence;
    private @Nullable Registration registration;
    private @Nullable UUID changeRequestId;
    private String myName = "";
    private final Span line = new Span();
    private List<String> shown = List.of();
    private final AtomicBoolean refreshQueued = new AtomicBoolean();

    PresenceIndicator(Presence presence) {
        this.presence = presence;
        getContent().addClassName("av-cr-presence");
        getContent().add(line);
        setVisible(false);
    }

    boolean entered() {
        return registration != null;
    }

    /** Joins the viewers of that request; every change of them is shown through {@code ui}. */
    void enter(UI ui, UUID changeRequestId, String myName) {
        leave();
        this.changeRequestId = changeRequestId;
        this.myName = myName;
        registration = presence.enter(changeRequestId, myName, () -> deliver(ui));
        refresh();
    }

    void leave() {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
        changeRequestId = null;
        refresh();
    }

    /**
     * One refresh queued per page at a time: when many people open the request together, each arrival would
     * otherwise queue a refresh on every open page (hundreds of pages, hundreds of arrivals); the one queued reads
     * the viewers when it runs, so it shows every arrival before it (issue 13, point 3).
     */
    private void deliver(UI ui) {
        if (!refreshQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            ui.access(() -> {
                refreshQueued.set(false);
                refresh();
            });
        } catch (UIDetachedException e) {
            // the screen closed meanwhile: its detach leaves
            refreshQueued.set(false);
        }
    }

    private void refresh() {
        UUID id = changeRequestId;
        List<String> others = id == null
                ? List.of()
                : presence.viewers(id).stream()
                        .filter(name -> !name.equals(myName))
                        .distinct()
                        .toList();
        if (others.equals(shown)) {
            return; // the same names: nothing to send to the browser
        }
        shown = others;
        setVisible(!others.isEmpty());
        line.setText(others.isEmpty() ? "" : getTranslation("changeui.presence", String.join(", ", others)));
    }
}
