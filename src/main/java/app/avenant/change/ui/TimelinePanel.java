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
import java.util.List;
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

    TimelinePanel(ChangeRequests changeRequests, UUID changeRequestId) {
        this(changeRequests.timeline(changeRequestId, LIMIT));
    }

    /** From steps already read (a live update carries them, docs/decisions/0029). */
    TimelinePanel(List<TimelineEntry> steps) {
        Div root = getContent();
        root.addClassName("av-cr-timeline");
        latestOnly.setText(getTranslation("changeui.timeline.latest", LIMIT));
        latestOnly.setVisible(steps.size() >= LIMIT);
        root.add(latestOnly);
        for (TimelineEntry step : steps) {
            list.add(item(step));
        }
        root.add(list);
    }

    /** A step that just happened (a comment arriving live): added last, the oldest dropped beyond {@link #LIMIT}. */
    void append(TimelineEntry step) {
        list.add(item(step));
        if (list.getComponentCount() > LIMIT) {
            list.remove(list.getComponentAt(0));
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
