/** Persistence and internal rules of the performance module. */
@org.jspecify.annotations.NullMarked
package app.avenant.performance.domain;
