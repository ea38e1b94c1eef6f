/**
 * The Indicateurs charts, drawn on the server as SVG (JFreeChart onto JFreeSVG: no npm build is possible here).
 * Pure Java, no Vaadin: {@link app.avenant.performance.ui.charts.ChartModels} turns monthly figures into
 * {@link app.avenant.performance.ui.charts.ChartModel}s, which both {@link app.avenant.performance.ui.charts.SvgCharts}
 * draws and the screen lists in a data table beside the chart, so the picture and the table always show the same
 * figures.
 */
@org.jspecify.annotations.NullMarked
package app.avenant.performance.ui.charts;
