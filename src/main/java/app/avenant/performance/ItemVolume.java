package app.avenant.performance;

import org.jspecify.annotations.Nullable;

/**
 * A scope item's billable units of one month (rejected deliverables excluded) against its baseline and flex
 * range for that month (after the seasonal profile); the three are null without volume terms.
 */
public record ItemVolume(
        String scopeItemKey,
        String title,
        String unitOfMeasure,
        long units,
        @Nullable Long monthBaseline,
        @Nullable Long flexMin,
        @Nullable Long flexMax,
        VolumeStatus status) {}
