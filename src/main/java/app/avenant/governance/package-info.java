/**
 * Steering (mistake n°3 of the article: "pas de pilotage interne"): each contract's review cadence, its
 * scheduled reviews (comités de pilotage) with attendees of both sides, minutes, decisions and action items,
 * overdue actions for the overview, and each user's secret iCalendar feed of reviews and open actions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "contract"})
@org.jspecify.annotations.NullMarked
package app.avenant.governance;
