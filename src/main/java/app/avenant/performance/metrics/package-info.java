/** KPI, pricing and credit maths of the performance module: plain Java, no Spring, no database. */
@org.jspecify.annotations.NullMarked
package app.avenant.performance.metrics;
