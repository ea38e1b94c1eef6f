/**
 * In-app notifications: "a change request awaits your approval", "counter-proposal received",
 * "accepted → version n", with an unread count that open screens update live. It only listens to the
 * change module's events and reaches members of that contract only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "contract", "change"})
@org.jspecify.annotations.NullMarked
package app.avenant.notification;
