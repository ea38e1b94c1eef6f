package app.avenant.change.ui;

import app.avenant.change.ChangeRequests;
import app.avenant.change.TimelineEntry;
import app.avenant.contract.ui.Labels;
import app.avenant.shared.format.Formats;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The request's one timeline, oldest first, its latest {@link #LIMIT} steps: proposals and counter-proposals,
 * submission, approvals and the approvals a revision withdrew, comments (linked to the discussion), wording
 * edits, and how it closed.
 */
class TimelinePanel extends Composite<Div> {

    static final int LIMIT = 100;
    /** A comment is quoted up to this length; the discussion has it whole. */
    private static final int QUOTE = 160;

    private final OrderedList list = new OrderedList();
    private final Paragraph latestOnly = new Paragraph();
    /** What the list shows, in its order. */
    private final List<TimelineEntry> shown = new ArrayList<>();

    TimelinePanel(ChangeRequests changeRequests, UUID changeRequestId) {
        Div root = getContent();
        root.addClassName("av-cr-timeline");
        latestOnly.setText(getTranslation("changeui.timeline.latest", LIMIT));
        root.add(latestOnly);
        root.add(list);
        update(changeRequests.timeline(changeRequestId, LIMIT));
    }

    /**
     * Brings the list to {@code steps} (a live update, oldest first) touching only what moved: the steps already
     * shown stay, those that fell out of the latest {@link #LIMIT} are dropped, the new ones are added last. A
     * timeline is only ever added to, so this is the usual case; anything else is simply shown anew.
     */
    void update(List<TimelineEntry> steps) {
        int dropped = droppedFromTheFront(steps);
        for (int i = 0; i < dropped; i++) {
            list.remove(list.getComponentAt(0));
        }
        shown.subList(0, dropped).clear();
        for (TimelineEntry step : steps.subList(shown.size(), steps.size())) {
            list.add(item(step));
            shown.add(step);
        }
        latestOnly.setVisible(steps.size() >= LIMIT);
    }

    /** How many of the shown steps to drop so that the rest is the beginning of {@code steps}. */
    private int droppedFromTheFront(List<TimelineEntry> steps) {
        for (int dropped = 0; dropped < shown.size(); dropped++) {
            int kept = shown.size() - dropped;
            if (kept <= steps.size() && sameSteps(shown.subList(dropped, shown.size()), steps.subList(0, kept))) {
                return dropped;
            }
        }
        return shown.size();
    }

    private static boolean sameSteps(List<TimelineEntry> a, List<TimelineEntry> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The same step, read from the database or built from a live event (whose clock may be finer than the column's). */
    private static boolean same(TimelineEntry a, TimelineEntry b) {
        return a.kind() == b.kind()
                && a.at().truncatedTo(ChronoUnit.MILLIS).equals(b.at().truncatedTo(ChronoUnit.MILLIS))
                && a.side() == b.side()
                && a.who().equals(b.who())
                && a.revision() == b.revision()
                && Objects.equals(a.text(), b.text())
                && Objects.equals(a.version(), b.version());
    }

    /**
     * A step that just happened (a comment arriving live): added last, the oldest dropped beyond {@link #LIMIT};
     * nothing when it is shown already (the author's own screen listed its comment on publishing).
     */
    void append(TimelineEntry step) {
        if (shown.stream().anyMatch(s -> same(s, step))) {
            return;
        }
        list.add(item(step));
        shown.add(step);
        if (list.getComponentCount() > LIMIT) {
            list.remove(list.getComponentAt(0));
            shown.removeFirst();
            latestOnly.setVisible(true);
        }
    }

    private ListItem item(TimelineEntry step) {
        Span when = new Span(Formats.dateTime(step.at(), getLocale()));
        when.addClassName("av-cr-timeline-when");
        ListItem item = new ListItem(when, new Span(sentence(step)));
        item.addClassNames(
                "av-cr-timeline-step", "av-cr-timeline--" + step.kind().name().toLowerCase(java.util.Locale.ROOT));
        if (step.kind() == TimelineEntry.Kind.COMMENT && step.text() != null) {
            String text = step.text();
            Span quote = new Span("« " + (text.length() > QUOTE ? text.substring(0, QUOTE) + "…" : text) + " »");
            quote.addClassName("av-cr-timeline-quote");
            item.add(quote, new Anchor("#cr-discussion", getTranslation("changeui.timeline.toDiscussion")));
        } else if ((step.kind() == TimelineEntry.Kind.REJECTED
                        || step.kind() == TimelineEntry.Kind.REVISED
                        || step.kind() == TimelineEntry.Kind.COUNTER_PROPOSAL)
                && step.text() != null) {
            Span note = new Span("« " + step.text() + " »");
            note.addClassName("av-cr-timeline-quote");
            item.add(note);
        }
        return item;
    }

    private String sentence(TimelineEntry step) {
        String side = step.side() == null ? "" : Labels.side(this, step.side());
        String key = "changeui.timeline." + step.kind();
        return switch (step.kind()) {
            case APPROVAL_WITHDRAWN ->
                getTranslation(
                        key, step.who(), side, String.valueOf(step.revision()), step.text() == null ? "" : step.text());
            case ACCEPTED ->
                getTranslation(
                        key,
                        step.who(),
                        side,
                        String.valueOf(step.revision()),
                        Labels.version(this, step.version() == null ? 0 : step.version()));
            default -> getTranslation(key, step.who(), side, String.valueOf(step.revision()));
        };
    }
}
