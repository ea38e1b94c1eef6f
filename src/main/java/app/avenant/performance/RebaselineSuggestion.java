package app.avenant.performance;

import java.time.YearMonth;
import java.util.List;

/**
 * A scope item outside its flex range three consecutive months: the portal proposes a new baseline, the
 * average of those months' units with the seasonal profile taken out, rounded half-up.
 *
 * @param months the three (or more) consecutive months, oldest first
 */
public record RebaselineSuggestion(
        String scopeItemKey,
        String title,
        List<YearMonth> months,
        List<Long> units,
        long currentBaseline,
        long suggestedBaseline) {

    public RebaselineSuggestion {
        months = List.copyOf(months);
        units = List.copyOf(units);
    }
}
