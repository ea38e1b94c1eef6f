/**
 * In-app notifications: "Léa Bernard a contre-proposé la demande n° 7", "… vous demande d'approuver …",
 * "accepted → version n", a month's statement to validate; the bell counts only what awaits its reader (À faire)
 * and open screens update it live (docs/decisions/0027); and contract alerts: a new
 * contact person on the other side, the notice deadline of a tacit renewal (a daily job, 90 and 30 days ahead)
 * and the penalty cap reached; the reader's review actions due soon or overdue are read from {@code governance}
 * as they are (docs/decisions/0032). It only listens to events (change, contract, performance) and reads contracts;
 * it reaches members of that contract only, and sends each alert once ({@code contract_alert}).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "identity",
            "contract",
            "contract :: terms",
            "contract :: internal",
            "change",
            "change :: internal",
            "consultation",
            "consultation :: navigation",
            "performance",
            "contract :: navigation",
            "change :: navigation",
            "performance :: navigation",
            "governance",
            "governance :: navigation",
            "invoicing"
        })
@org.jspecify.annotations.NullMarked
package app.avenant.notification;
