package app.avenant.performance.ui.charts;

/** How a series is drawn: measured values solid, references (targets, baselines, bands) dashed or dotted. */
public enum SeriesStyle {
    LINE,
    DASHED_LINE,
    DOTTED_LINE,
    BARS;

    /** A measured series (not a reference drawn for comparison): a chart without any has nothing to show. */
    public boolean measured() {
        return this == LINE || this == BARS;
    }
}
