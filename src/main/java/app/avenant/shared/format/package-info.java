/** Formatting of amounts, percentages, units and dates, and the one rule for reading typed numbers (docs/decisions/0022), French first. */
@org.jspecify.annotations.NullMarked
package app.avenant.shared.format;
