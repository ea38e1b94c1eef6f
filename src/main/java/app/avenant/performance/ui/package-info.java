/** Screens of the performance module: overview, indicators with charts, monthly statement, deliverables. */
@org.jspecify.annotations.NullMarked
package app.avenant.performance.ui;
