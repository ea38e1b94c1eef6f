/**
 * Reading deliverables from a CSV file as French Excel writes it (and as other tools do): plain Java, no
 * Spring, no Vaadin, so the rules of the file are unit-tested alone. The business rules stay in the service.
 */
@org.jspecify.annotations.NullMarked
package app.avenant.performance.csv;
