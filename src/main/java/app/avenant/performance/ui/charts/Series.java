package app.avenant.performance.ui.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One named line (or set of bars) of a chart: one value per month of the chart, null for a month without one
 * (drawn as a gap, listed as "—").
 */
public record Series(String name, SeriesStyle style, List<@Nullable BigDecimal> values) {

    public Series {
        // List.copyOf refuses nulls, and a null is how a month says "nothing measured"
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public boolean isEmpty() {
        return values.stream().allMatch(v -> v == null);
    }
}
