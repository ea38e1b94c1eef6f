/**
 * Database faults get clear answers: a database that cannot be reached, or a lock wait that times out, is
 * recognised ({@link app.avenant.shared.fault.DatabaseFault}) and answered "try again shortly" (the API's
 * 503 problem with Retry-After here; the portal's message and notification in the portal module) rather
 * than a 500, a redirect to the login page or a blank page.
 */
@org.jspecify.annotations.NullMarked
package app.avenant.shared.fault;
