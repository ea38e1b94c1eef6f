package app.avenant.change.ui;

import app.avenant.change.ChangeRequests;
import app.avenant.change.TimelineEntry;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The request's history, closed until the person opens it, and only then read and built. The discussion, the
 * revisions and the approvals above already say what is being negotiated and whose turn it is; the history is
 * what one opens to check who did what and when. Closed, it costs the page no statement and no component, and
 * a live comment no work: with hundreds of pages open on a request, building each comment a second time (here
 * and in the discussion) was a third of what a comment cost the server (issue 13, points 2 and 3). Once open,
 * it stays live as before.
 */
class TimelineDetails extends Details {

    private final ChangeRequests changeRequests;
    private final UUID changeRequestId;
    private @Nullable TimelinePanel panel;

    TimelineDetails(ChangeRequests changeRequests, UUID changeRequestId) {
        this.changeRequests = changeRequests;
        this.changeRequestId = changeRequestId;
        addClassName("av-cr-timeline-details");
        H3 title = new H3(getTranslation("changeui.section.timeline"));
        title.addClassName("av-cr-timeline-title");
        setSummary(title);
        addOpenedChangeListener(e -> {
            if (e.isOpened() && panel == null) {
                TimelinePanel built = new TimelinePanel(changeRequests, changeRequestId);
                panel = built;
                add(built);
            }
        });
    }

    /** The steps as a live update read them; nothing while the history is closed (it is read when opened). */
    void update(List<TimelineEntry> steps) {
        if (panel != null) {
            panel.update(steps);
        }
    }

    /** Reads the steps again, when open (the screen's own action). */
    void refresh() {
        if (panel != null) {
            panel.update(changeRequests.timeline(changeRequestId, TimelinePanel.LIMIT));
        }
    }

    /** A step that just happened (a comment arriving live); nothing while the history is closed. */
    void append(TimelineEntry step) {
        if (panel != null) {
            panel.append(step);
        }
    }
}
