package app.avenant.contract.terms;

import app.avenant.contract.terms.ImpactSummary.ItemCostImpact;
import app.avenant.contract.terms.ImpactSummary.ServiceLevelImpact;
import app.avenant.contract.terms.ImpactSummary.VolumeImpact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a change does to cost, volumes, service levels and readiness, before → after ({@link ImpactSummary}).
 * Costs are projected at the baseline with {@link VolumePricing#projectedAtBaseline}: "monthly" is a month at
 * the flat baseline, "yearly" the twelve seasonal months. Lists follow the after terms' order, removed items
 * last.
 */
public final class TermsImpact {

    private static final BigDecimal ZERO_EUROS = BigDecimal.ZERO.setScale(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TermsImpact() {}

    public static ImpactSummary between(Terms before, Terms after) {
        List<ScopeItem> older = before.scopeItems();
        List<ScopeItem> newer = after.scopeItems();
        KeyMatch scope = KeyMatch.of(older, newer, ScopeItem::key);
        List<ItemCostImpact> items = new ArrayList<>();
        List<VolumeImpact> volumes = new ArrayList<>();
        List<String> readinessDropped = new ArrayList<>();
        BigDecimal[] totals = {ZERO_EUROS, ZERO_EUROS, ZERO_EUROS, ZERO_EUROS}; // monthly, yearly × before, after
        for (int i = 0; i < newer.size(); i++) {
            ScopeItem item = newer.get(i);
            int j = scope.beforeIndexOf(i);
            ScopeItem previous = j < 0 ? null : older.get(j);
            scopeItem(previous, item, item.title(), totals, items, volumes);
            if (previous != null && previous.isReady() && !item.isReady()) {
                readinessDropped.add(item.title());
            }
        }
        for (int j = 0; j < older.size(); j++) {
            if (!scope.kept(j)) {
                ScopeItem removed = older.get(j);
                scopeItem(removed, null, removed.title(), totals, items, volumes);
            }
        }
        return new ImpactSummary(
                totals[0],
                totals[2],
                totals[1],
                totals[3],
                items,
                volumes,
                serviceLevels(before.serviceLevels(), after.serviceLevels()),
                creditExposure(totals[0], before),
                creditExposure(totals[2], after),
                readinessDropped);
    }

    private static void scopeItem(
            @Nullable ScopeItem before,
            @Nullable ScopeItem after,
            String title,
            BigDecimal[] totals,
            List<ItemCostImpact> items,
            List<VolumeImpact> volumes) {
        VolumeTerms volumeBefore = before == null ? null : before.volume();
        VolumeTerms volumeAfter = after == null ? null : after.volume();
        if (volumeBefore == null && volumeAfter == null) {
            return;
        }
        String key = (after != null ? after : before).key();
        VolumePricing.ProjectedCost costBefore =
                volumeBefore == null ? null : VolumePricing.projectedAtBaseline(volumeBefore);
        VolumePricing.ProjectedCost costAfter = volumeBefore == volumeAfter
                ? costBefore
                : volumeAfter == null ? null : VolumePricing.projectedAtBaseline(volumeAfter);
        BigDecimal monthlyBefore = costBefore == null ? ZERO_EUROS : costBefore.monthlyAtFlatBaseline();
        BigDecimal yearlyBefore = costBefore == null ? ZERO_EUROS : costBefore.yearly();
        BigDecimal monthlyAfter = costAfter == null ? ZERO_EUROS : costAfter.monthlyAtFlatBaseline();
        BigDecimal yearlyAfter = costAfter == null ? ZERO_EUROS : costAfter.yearly();
        totals[0] = totals[0].add(monthlyBefore);
        totals[1] = totals[1].add(yearlyBefore);
        totals[2] = totals[2].add(monthlyAfter);
        totals[3] = totals[3].add(yearlyAfter);
        items.add(new ItemCostImpact(key, title, monthlyBefore, monthlyAfter, yearlyBefore, yearlyAfter));

        Long baselineBefore = volumeBefore == null ? null : volumeBefore.baselineMonthlyUnits();
        Long baselineAfter = volumeAfter == null ? null : volumeAfter.baselineMonthlyUnits();
        BigDecimal flexBefore = volumeBefore == null ? null : volumeBefore.flexRangePercent();
        BigDecimal flexAfter = volumeAfter == null ? null : volumeAfter.flexRangePercent();
        if (!MergeFields.same(baselineBefore, baselineAfter) || !MergeFields.same(flexBefore, flexAfter)) {
            volumes.add(new VolumeImpact(key, title, baselineBefore, baselineAfter, flexBefore, flexAfter));
        }
    }

    private static List<ServiceLevelImpact> serviceLevels(List<ServiceLevel> before, List<ServiceLevel> after) {
        KeyMatch match = KeyMatch.of(before, after, ServiceLevel::key);
        List<ServiceLevelImpact> impacts = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            int j = match.beforeIndexOf(i);
            serviceLevel(j < 0 ? null : before.get(j), after.get(i), impacts);
        }
        for (int j = 0; j < before.size(); j++) {
            if (!match.kept(j)) {
                serviceLevel(before.get(j), null, impacts);
            }
        }
        return impacts;
    }

    private static void serviceLevel(
            @Nullable ServiceLevel before, @Nullable ServiceLevel after, List<ServiceLevelImpact> impacts) {
        BigDecimal targetBefore = before == null ? null : before.targetPercent();
        BigDecimal targetAfter = after == null ? null : after.targetPercent();
        BigDecimal minimumBefore = before == null ? null : before.minimumPercent();
        BigDecimal minimumAfter = after == null ? null : after.minimumPercent();
        BigDecimal shareBefore = before == null ? null : before.atRiskSharePercent();
        BigDecimal shareAfter = after == null ? null : after.atRiskSharePercent();
        if (MergeFields.same(targetBefore, targetAfter)
                && MergeFields.same(minimumBefore, minimumAfter)
                && MergeFields.same(shareBefore, shareAfter)) {
            return;
        }
        ServiceLevel named = after != null ? after : before;
        impacts.add(new ServiceLevelImpact(
                named.key(),
                named.metric(),
                targetBefore,
                targetAfter,
                minimumBefore,
                minimumAfter,
                shareBefore,
                shareAfter));
    }

    /** monthly × at-risk % × min(100 %, sum of critical shares), half-up to the cent. */
    private static BigDecimal creditExposure(BigDecimal monthly, Terms terms) {
        BigDecimal shares = BigDecimal.ZERO;
        for (ServiceLevel level : terms.serviceLevels()) {
            if (level.critical()) {
                shares = shares.add(level.atRiskSharePercent());
            }
        }
        return monthly.multiply(terms.header().atRiskPercent())
                .multiply(shares.min(HUNDRED))
                .divide(HUNDRED)
                .divide(HUNDRED)
                .setScale(2, RoundingMode.HALF_UP);
    }
}
