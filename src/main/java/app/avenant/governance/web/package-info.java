/** The calendar feed over HTTP: {@code GET /api/calendar/{token}.ics}, iCalendar written with ical4j. */
@org.jspecify.annotations.NullMarked
package app.avenant.governance.web;
