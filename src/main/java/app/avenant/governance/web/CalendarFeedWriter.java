package app.avenant.governance.web;

import app.avenant.governance.MyCalendar;
import app.avenant.governance.ReviewStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes a user's calendar as iCalendar (RFC 5545) with ical4j: one event per review, in UTC so no
 * VTIMEZONE is needed, and one all-day event per open action item on its due date (calendar apps that
 * subscribe to a feed show events; many ignore to-do components). UIDs derive from the ids, so an app that polls the
 * feed updates an event instead of duplicating it.
 */
final class CalendarFeedWriter {

    static final String PRODUCT_ID = "-//Avenant//Comites de pilotage//FR";

    private CalendarFeedWriter() {}

    static String write(MyCalendar calendar, Instant now) {
        Calendar ics = new Calendar();
        ics.add(new ProdId(PRODUCT_ID));
        ics.add(ImmutableVersion.VERSION_2_0);
        ics.add(ImmutableCalScale.GREGORIAN);
        ics.add(new XProperty("X-WR-CALNAME", "Avenant"));
        for (MyCalendar.Entry review : calendar.reviews()) {
            ics.add(reviewEvent(review, now));
        }
        for (MyCalendar.Action action : calendar.actions()) {
            ics.add(actionEvent(action, now));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(ics, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String reviewUid(MyCalendar.Entry review) {
        return "review-" + review.reviewId() + "@avenant";
    }

    static String actionUid(MyCalendar.Action action) {
        return "action-" + action.actionId() + "@avenant";
    }

    private static VEvent reviewEvent(MyCalendar.Entry review, Instant now) {
        VEvent event =
                new VEvent(review.startsAt(), review.endsAt(), "Comité de pilotage — " + review.contractReference());
        replaceStamp(event, now);
        event.add(new Uid(reviewUid(review)));
        event.add(new Description(review.agenda()));
        event.add(new Status(review.status() == ReviewStatus.HELD ? "CONFIRMED" : "TENTATIVE"));
        return event;
    }

    private static VEvent actionEvent(MyCalendar.Action action, Instant now) {
        VEvent event = new VEvent(
                action.dueDate(),
                action.dueDate().plusDays(1),
                "Action — " + action.contractReference() + " : " + action.description());
        replaceStamp(event, now);
        event.add(new Uid(actionUid(action)));
        event.add(new Description(action.description()));
        return event;
    }

    /** The feed's own time (the application's clock), not the JVM's. */
    private static void replaceStamp(VEvent event, Instant now) {
        event.getProperty(net.fortuna.ical4j.model.Property.DTSTAMP).ifPresent(event::remove);
        event.add(new DtStamp(now));
    }
}
