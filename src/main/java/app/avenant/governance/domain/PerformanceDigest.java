package app.avenant.governance.domain;

import app.avenant.governance.MeetingPack.PenaltyCapLine;
import app.avenant.governance.MeetingPack.ServiceLevelLine;
import app.avenant.governance.MeetingPack.VolumeLine;
import app.avenant.performance.ItemVolume;
import app.avenant.performance.MonthFigures;
import app.avenant.performance.PenaltyCap;
import app.avenant.performance.SlaResult;
import app.avenant.performance.SlaStatus;
import app.avenant.performance.VolumeStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Sums a period's monthly figures into what a comité discusses: how many months each service level was met,
 * at risk, missed or not measured; each scope item's units against its baseline; the credits; the cap.
 * Pure: the months come from the performance module's report.
 */
public final class PerformanceDigest {

    private PerformanceDigest() {}

    /** Critical levels first, then in the order of the latest terms (a level dropped earlier comes last). */
    public static List<ServiceLevelLine> serviceLevels(List<MonthFigures> months) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (int i = months.size() - 1; i >= 0; i--) {
            for (SlaResult result : months.get(i).serviceLevels()) {
                tallies.computeIfAbsent(result.key(), key -> new Tally(result));
            }
        }
        MonthFigures last = months.isEmpty() ? null : months.getLast();
        for (MonthFigures month : months) {
            for (SlaResult result : month.serviceLevels()) {
                tallies.get(result.key()).count(result.status(), month == last);
            }
        }
        List<ServiceLevelLine> lines =
                new ArrayList<>(tallies.values().stream().map(Tally::line).toList());
        lines.sort(Comparator.comparing(line -> !line.critical()));
        return lines;
    }

    /** Scope items in the order of the latest terms; a baseline only when every month of the item had one. */
    public static List<VolumeLine> volumes(List<MonthFigures> months) {
        Map<String, VolumeTally> tallies = new LinkedHashMap<>();
        for (int i = months.size() - 1; i >= 0; i--) {
            for (ItemVolume volume : months.get(i).volumes()) {
                tallies.computeIfAbsent(volume.scopeItemKey(), key -> new VolumeTally(volume));
            }
        }
        for (MonthFigures month : months) {
            for (ItemVolume volume : month.volumes()) {
                tallies.get(volume.scopeItemKey()).add(volume);
            }
        }
        return tallies.values().stream().map(VolumeTally::line).toList();
    }

    public static BigDecimal credits(List<MonthFigures> months) {
        return months.stream().map(MonthFigures::credits).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The cap as it stands after the period's last month; null without any month. */
    public static @Nullable PenaltyCapLine penaltyCap(List<MonthFigures> months) {
        if (months.isEmpty()) {
            return null;
        }
        PenaltyCap cap = months.getLast().penaltyCap();
        return new PenaltyCapLine(cap.consumedToDate(), cap.cap(), cap.reached());
    }

    private static final class Tally {
        private final SlaResult latestTerms;
        private int met;
        private int atRisk;
        private int missed;
        private int notMeasured;
        private @Nullable SlaStatus latest;

        Tally(SlaResult latestTerms) {
            this.latestTerms = latestTerms;
        }

        void count(SlaStatus status, boolean lastMonth) {
            switch (status) {
                case MET -> met++;
                case AT_RISK -> atRisk++;
                case MISSED -> missed++;
                case NOT_MEASURED -> notMeasured++;
            }
            if (lastMonth) {
                latest = status;
            }
        }

        ServiceLevelLine line() {
            return new ServiceLevelLine(
                    latestTerms.key(),
                    latestTerms.metric(),
                    latestTerms.critical(),
                    latestTerms.targetPercent(),
                    met,
                    atRisk,
                    missed,
                    notMeasured,
                    latest);
        }
    }

    private static final class VolumeTally {
        private final ItemVolume latestTerms;
        private long units;
        private long baseline;
        private boolean everyMonthHasBaseline = true;
        private int above;
        private int below;

        VolumeTally(ItemVolume latestTerms) {
            this.latestTerms = latestTerms;
        }

        void add(ItemVolume volume) {
            units += volume.units();
            Long monthBaseline = volume.monthBaseline();
            if (monthBaseline == null) {
                everyMonthHasBaseline = false;
            } else {
                baseline += monthBaseline;
            }
            if (volume.status() == VolumeStatus.ABOVE) {
                above++;
            } else if (volume.status() == VolumeStatus.BELOW) {
                below++;
            }
        }

        VolumeLine line() {
            return new VolumeLine(
                    latestTerms.scopeItemKey(),
                    latestTerms.title(),
                    latestTerms.unitOfMeasure(),
                    units,
                    everyMonthHasBaseline ? baseline : null,
                    above,
                    below);
        }
    }
}
