/** Formatting and lenient parsing of amounts, percentages, units and dates, French first. */
@org.jspecify.annotations.NullMarked
package app.avenant.shared.format;
