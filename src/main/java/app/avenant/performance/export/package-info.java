/**
 * CSV exports of the Indicateurs tab for the PME's accountant, as French Excel reads them without any import
 * step: UTF-8 with a byte order mark, {@code ;} between fields, decimal comma, months as {@code 2026-10}, CRLF line
 * ends, one header row. Pure functions of an {@link app.avenant.performance.IndicatorReport}: what is exported is
 * exactly what the screen showed.
 */
@org.jspecify.annotations.NullMarked
package app.avenant.performance.export;
