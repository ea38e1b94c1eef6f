/**
 * In-app notifications: "a change request awaits your approval", "counter-proposal received",
 * "accepted → version n", with an unread count that open screens update live; and contract alerts: a new
 * contact person on the other side, the notice deadline of a tacit renewal (a daily job, 90 and 30 days ahead)
 * and the penalty cap reached. It only listens to events (change, contract, performance) and reads contracts;
 * it reaches members of that contract only, and sends each alert once ({@code contract_alert}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "contract",
        "contract :: terms", "contract :: internal", "change", "performance", "contract :: navigation",
        "change :: navigation", "performance :: navigation"})
@org.jspecify.annotations.NullMarked
package app.avenant.notification;
