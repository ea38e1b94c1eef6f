/**
 * What operators run on a live portal, through the management port only (loopback by default): the online
 * backup of the embedded database. Health and metrics come from Spring Boot's actuator as configured.
 * Depends on no other module: it sees the database, never the domain.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package app.avenant.operations;
