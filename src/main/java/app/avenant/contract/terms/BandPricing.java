package app.avenant.contract.terms;

import java.util.List;

/**
 * Unit-price bands: graduated (each band at its own rate) or volume (every unit at the rate of the
 * band reached). The first band starts at 0, each next band starts one unit after the previous one
 * ends, only the last band may be open-ended.
 */
public record BandPricing(BandMode mode, List<PriceBand> bands) implements Pricing {

    public BandPricing {
        bands = Lists.copyKeepingNulls(bands);
    }
}
