/**
 * Steering (mistake n°3 of the article: "pas de pilotage interne"): each contract's review cadence, its
 * scheduled reviews (comités de pilotage) with attendees of both sides, minutes, decisions and action items,
 * overdue actions for the overview, and each user's secret iCalendar feed of reviews and open actions.
 * Each review has a meeting pack (dossier de séance: the period's service levels, volumes and credits from
 * performance, open change requests, actions, the access list to re-certify), and a decision opens a draft
 * change request (depends on performance and change, neither of which depends on governance: no cycle).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity",
            "contract",
            "contract :: terms",
            "performance",
            "change",
            "contract :: navigation",
            "change :: navigation"
        })
@org.jspecify.annotations.NullMarked
package app.avenant.governance;
