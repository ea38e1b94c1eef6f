package app.avenant.contract.terms;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The rules of a scope item's volume terms and pricing (paths below {@code scopeItems[key].volume}). */
final class VolumeValidator {

    private static final BigDecimal MAX_COEFFICIENT = BigDecimal.TEN;
    private static final int MAX_PRICE_DECIMALS = 4;

    private VolumeValidator() {}

    static void volume(String path, VolumeTerms volume, ViolationCollector violations) {
        if (volume.baselineMonthlyUnits() < 0) {
            violations.add(path + ".baselineMonthlyUnits", "negative");
        }
        seasonalProfile(path + ".seasonalProfile", volume.seasonalProfile(), violations);
        violations.percent(path + ".flexRangePercent", volume.flexRangePercent());
        Pricing pricing = volume.pricing();
        if (!violations.present(path + ".pricing", pricing)) {
            return;
        }
        switch (pricing) {
            case BandPricing bands -> bands(path + ".pricing", bands, violations);
            case BaselineChargePricing charge -> {
                baselineCharge(path + ".pricing", charge, violations);
                if (volume.baselineMonthlyUnits() == 0) {
                    // the fixed charge covers the baseline, and the deadband is a share of it
                    violations.add(path + ".baselineMonthlyUnits", "positive.required");
                }
            }
        }
    }

    private static void seasonalProfile(String path, @Nullable SeasonalProfile profile, ViolationCollector violations) {
        if (!violations.present(path, profile)) {
            return;
        }
        List<@Nullable BigDecimal> coefficients = profile.coefficients();
        if (coefficients.size() != 12) {
            violations.add(path + ".coefficients", "seasonal.size", 12, coefficients.size());
            return;
        }
        for (int month = 1; month <= 12; month++) {
            BigDecimal coefficient = coefficients.get(month - 1);
            String monthPath = path + ".coefficients[" + month + "]";
            if (!violations.present(monthPath, coefficient)) {
                continue;
            }
            if (coefficient.signum() < 0) {
                violations.add(monthPath, "seasonal.negative");
            } else if (coefficient.compareTo(MAX_COEFFICIENT) > 0) {
                violations.add(monthPath, "seasonal.above.max", MAX_COEFFICIENT);
            }
        }
    }

    private static void bands(String path, BandPricing pricing, ViolationCollector violations) {
        violations.present(path + ".mode", pricing.mode());
        List<@Nullable PriceBand> bands = pricing.bands();
        if (bands.isEmpty()) {
            violations.add(path + ".bands", "required");
            return;
        }
        int last = bands.size() - 1;
        boolean previousKnown = false;
        @Nullable Long previousTo = null;
        for (int i = 0; i <= last; i++) {
            PriceBand band = bands.get(i);
            String bandPath = path + ".bands[" + (i + 1) + "]";
            if (!violations.present(bandPath, band)) {
                previousKnown = false;
                continue;
            }
            long from = band.fromUnits();
            if (i == 0) {
                if (from != 0) {
                    violations.add(bandPath + ".fromUnits", "band.first.start", 0);
                }
            } else if (previousKnown && previousTo != null) {
                chain(bandPath + ".fromUnits", previousTo, from, violations);
            }
            Long to = band.toUnits();
            if (to == null) {
                if (i < last) {
                    violations.add(bandPath + ".toUnits", "band.open.not.last");
                }
            } else if (i == last) {
                // PRODUCT.md, edge rules: no unit is ever left unpriced ("au-delà de 1 000")
                violations.add(bandPath + ".toUnits", "band.last.closed");
            } else {
                // the first band "0–n" holds units 1 to n, so it must hold at least one
                long lowest = i == 0 ? Math.max(from, 1) : from;
                if (to < lowest) {
                    violations.add(bandPath + ".toUnits", "band.to.before.from", lowest);
                }
            }
            unitPrice(bandPath + ".unitPrice", band.unitPrice(), violations);
            previousKnown = true;
            previousTo = to;
        }
    }

    /** Each band starts one unit after the previous one ends. */
    private static void chain(String path, long previousTo, long from, ViolationCollector violations) {
        if (previousTo == Long.MAX_VALUE) {
            violations.add(path, "band.overlap", previousTo);
            return;
        }
        long expected = previousTo + 1;
        if (from > expected) {
            violations.add(path, "band.gap", expected);
        } else if (from < expected) {
            violations.add(path, "band.overlap", expected);
        }
    }

    private static void unitPrice(String path, @Nullable BigDecimal price, ViolationCollector violations) {
        if (violations.nonNegative(path, price) && price.stripTrailingZeros().scale() > MAX_PRICE_DECIMALS) {
            violations.add(path, "decimals.max", MAX_PRICE_DECIMALS);
        }
    }

    private static void baselineCharge(String path, BaselineChargePricing pricing, ViolationCollector violations) {
        violations.nonNegative(path + ".fixedMonthlyCharge", pricing.fixedMonthlyCharge());
        violations.nonNegative(path + ".arcRate", pricing.arcRate());
        violations.nonNegative(path + ".rrcRate", pricing.rrcRate());
        violations.percent(path + ".deadbandPercent", pricing.deadbandPercent());
    }
}
