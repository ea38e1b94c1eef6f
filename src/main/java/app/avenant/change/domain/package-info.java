/**
 * The change request aggregate and its rules, in plain Java (unit-tested without Spring), with its
 * repositories. Internal to the change module: other modules use {@link app.avenant.change.ChangeRequests}.
 */
@org.jspecify.annotations.NullMarked
package app.avenant.change.domain;
