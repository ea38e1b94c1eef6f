package app.avenant.performance.metrics;

import app.avenant.contract.terms.InvalidTermsException;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.VolumeTerms;
import app.avenant.performance.ItemVolume;
import app.avenant.performance.MonthFigures;
import app.avenant.performance.RebaselineSuggestion;
import app.avenant.performance.VolumeStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Three consecutive months outside the flex range should prompt a re-baselining (product brief): finds, for
 * each volume-priced scope item of the current terms, the run of months outside its range that ends with the
 * last ended month, and proposes the average of those months' units with the seasonal profile taken out.
 */
public final class RebaselineDetector {

    /** A run shorter than this prompts nothing. */
    public static final int MONTHS_IN_A_ROW = 3;

    /** Scale of the intermediate de-seasonalised units (rounded to whole units only at the end). */
    private static final int SCALE = 10;

    private RebaselineDetector() {}

    /**
     * @param endedMonthsOldestFirst the figures of ended months, oldest first (a missing calendar month breaks
     *                               a run)
     * @param current                the terms in force now: which items, their baseline and seasonal profile
     */
    public static List<RebaselineSuggestion> detect(List<MonthFigures> endedMonthsOldestFirst, Terms current) {
        List<RebaselineSuggestion> suggestions = new ArrayList<>();
        for (ScopeItem item : current.scopeItems()) {
            VolumeTerms volume = item.volume();
            if (volume == null) {
                continue;
            }
            List<MonthFigures> run = runOutside(endedMonthsOldestFirst, item.key());
            if (run.size() < MONTHS_IN_A_ROW) {
                continue;
            }
            List<YearMonth> months = new ArrayList<>(run.size());
            List<Long> units = new ArrayList<>(run.size());
            for (MonthFigures figures : run) {
                months.add(figures.month());
                units.add(unitsOf(figures, item.key()));
            }
            Long suggested = deseasonalisedAverage(volume, months, units);
            if (suggested != null && acceptable(current, item, suggested)) {
                suggestions.add(new RebaselineSuggestion(
                        item.key(), item.title(), months, units, volume.baselineMonthlyUnits(), suggested));
            }
        }
        return suggestions;
    }

    /**
     * Only a baseline the terms accept is proposed: a fixed charge covers a baseline of at least one unit, so three
     * empty months on a fixed charge prompt no "new baseline of 0" (they are a matter for the steering review).
     */
    private static boolean acceptable(Terms current, ScopeItem item, long suggested) {
        try {
            current.withScopeItem(withBaseline(item, suggested));
            return true;
        } catch (InvalidTermsException invalid) {
            return false;
        }
    }

    /** The item with another monthly baseline, everything else as it is. */
    public static ScopeItem withBaseline(ScopeItem item, long baseline) {
        VolumeTerms volume = item.volume();
        if (volume == null) {
            throw new IllegalArgumentException("no volume terms: " + item.key());
        }
        return new ScopeItem(
                item.key(),
                item.title(),
                item.description(),
                item.acceptanceCriteria(),
                item.unitOfMeasure(),
                item.documentationUrl(),
                item.retainedDecision(),
                new VolumeTerms(baseline, volume.seasonalProfile(), volume.flexRangePercent(), volume.pricing()),
                item.attachments());
    }

    /** The months outside the flex range, consecutive, ending with the last given month; oldest first. */
    private static List<MonthFigures> runOutside(List<MonthFigures> months, String key) {
        List<MonthFigures> run = new ArrayList<>();
        @Nullable YearMonth expected = null;
        for (int i = months.size() - 1; i >= 0; i--) {
            MonthFigures figures = months.get(i);
            if (expected != null && !figures.month().equals(expected)) {
                break;
            }
            ItemVolume volume = volumeOf(figures, key);
            if (volume == null || !outside(volume.status())) {
                break;
            }
            run.addFirst(figures);
            expected = figures.month().minusMonths(1);
        }
        return run;
    }

    private static boolean outside(VolumeStatus status) {
        return status == VolumeStatus.ABOVE || status == VolumeStatus.BELOW;
    }

    private static @Nullable ItemVolume volumeOf(MonthFigures figures, String key) {
        for (ItemVolume volume : figures.volumes()) {
            if (volume.scopeItemKey().equals(key)) {
                return volume;
            }
        }
        return null;
    }

    private static long unitsOf(MonthFigures figures, String key) {
        ItemVolume volume = volumeOf(figures, key);
        return volume == null ? 0 : volume.units();
    }

    /**
     * Average of units ÷ the month's coefficient, half-up to whole units; months with coefficient 0 say nothing
     * about the baseline and are skipped; null when every month is skipped.
     */
    private static @Nullable Long deseasonalisedAverage(VolumeTerms volume, List<YearMonth> months, List<Long> units) {
        BigDecimal sum = BigDecimal.ZERO;
        int counted = 0;
        for (int i = 0; i < months.size(); i++) {
            BigDecimal coefficient =
                    volume.seasonalProfile().coefficient(months.get(i).getMonth());
            if (coefficient.signum() == 0) {
                continue;
            }
            sum = sum.add(BigDecimal.valueOf(units.get(i)).divide(coefficient, SCALE, RoundingMode.HALF_UP));
            counted++;
        }
        if (counted == 0) {
            return null;
        }
        return sum.divide(BigDecimal.valueOf(counted), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
