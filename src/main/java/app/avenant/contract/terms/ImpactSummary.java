package app.avenant.contract.terms;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a change does, before → after, for people who decide: projected cost at the seasonal baseline
 * (month at flat baseline and year), per scope item; volume and flex changes; service level targets and
 * credit exposure; items whose readiness drops.
 *
 * @param creditExposureBefore the most service credits can take in a month at the flat baseline: at-risk
 *                             percentage × monthly charges × sum of critical shares
 */
public record ImpactSummary(
        BigDecimal monthlyBefore,
        BigDecimal monthlyAfter,
        BigDecimal yearlyBefore,
        BigDecimal yearlyAfter,
        List<ItemCostImpact> items,
        List<VolumeImpact> volumes,
        List<ServiceLevelImpact> serviceLevels,
        BigDecimal creditExposureBefore,
        BigDecimal creditExposureAfter,
        List<String> readinessDropped) {

    /** Projected cost of one scope item before → after (zero when absent or not volume-priced). */
    public record ItemCostImpact(
            String key,
            String title,
            BigDecimal monthlyBefore,
            BigDecimal monthlyAfter,
            BigDecimal yearlyBefore,
            BigDecimal yearlyAfter) {}

    /** Baseline and flex range of one scope item before → after (null when absent). */
    public record VolumeImpact(
            String key,
            String title,
            @org.jspecify.annotations.Nullable Long baselineBefore,
            @org.jspecify.annotations.Nullable Long baselineAfter,
            @org.jspecify.annotations.Nullable BigDecimal flexBefore,
            @org.jspecify.annotations.Nullable BigDecimal flexAfter) {}

    /** Target, minimum and credit share of one service level before → after (null when absent). */
    public record ServiceLevelImpact(
            String key,
            String metric,
            @org.jspecify.annotations.Nullable BigDecimal targetBefore,
            @org.jspecify.annotations.Nullable BigDecimal targetAfter,
            @org.jspecify.annotations.Nullable BigDecimal minimumBefore,
            @org.jspecify.annotations.Nullable BigDecimal minimumAfter,
            @org.jspecify.annotations.Nullable BigDecimal shareBefore,
            @org.jspecify.annotations.Nullable BigDecimal shareAfter) {}
}
