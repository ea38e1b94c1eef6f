package app.avenant.contract.terms;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The fields of volume terms: baseline, flex range, the seasonal months that differ, the pricing mechanism and
 * its parameters. Bands are matched by their first unit, which is how people name them ("the band from
 * 1 001"); a band whose start moved shows as removed and added.
 */
final class VolumeFields {

    static final String BANDS = "BANDS";
    static final String BASELINE_CHARGE = "BASELINE_CHARGE";
    private static final String[] MONTHS = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"};

    private VolumeFields() {}

    static void volume(@Nullable VolumeTerms before, @Nullable VolumeTerms after, FieldChanges out) {
        out.number("volume.baselineMonthlyUnits", before, after, VolumeTerms::baselineMonthlyUnits);
        out.decimal("volume.flexRangePercent", ValueKind.PERCENT, before, after, VolumeTerms::flexRangePercent);
        seasonal(
                before == null ? null : before.seasonalProfile().coefficients(),
                after == null ? null : after.seasonalProfile().coefficients(),
                out);
        pricing(before == null ? null : before.pricing(), after == null ? null : after.pricing(), out);
    }

    private static void seasonal(
            @Nullable List<BigDecimal> before, @Nullable List<BigDecimal> after, FieldChanges out) {
        for (int m = 0; m < 12; m++) {
            out.value(
                    "volume.seasonalCoefficient",
                    MONTHS[m],
                    ValueKind.COEFFICIENT,
                    before == null ? null : before.get(m),
                    after == null ? null : after.get(m));
        }
    }

    private static void pricing(@Nullable Pricing before, @Nullable Pricing after, FieldChanges out) {
        out.value("pricing.mechanism", null, ValueKind.TEXT, mechanism(before), mechanism(after));
        BandPricing bandsBefore = before instanceof BandPricing bands ? bands : null;
        BandPricing bandsAfter = after instanceof BandPricing bands ? bands : null;
        out.value("pricing.bandMode", ValueKind.ENUM, bandsBefore, bandsAfter, BandPricing::mode);
        bands(
                bandsBefore == null ? List.of() : bandsBefore.bands(),
                bandsAfter == null ? List.of() : bandsAfter.bands(),
                out);
        BaselineChargePricing chargeBefore = before instanceof BaselineChargePricing charge ? charge : null;
        BaselineChargePricing chargeAfter = after instanceof BaselineChargePricing charge ? charge : null;
        out.decimal(
                "pricing.fixedMonthlyCharge",
                ValueKind.MONEY,
                chargeBefore,
                chargeAfter,
                BaselineChargePricing::fixedMonthlyCharge);
        out.decimal("pricing.arcRate", ValueKind.MONEY, chargeBefore, chargeAfter, BaselineChargePricing::arcRate);
        out.decimal("pricing.rrcRate", ValueKind.MONEY, chargeBefore, chargeAfter, BaselineChargePricing::rrcRate);
        out.decimal(
                "pricing.deadbandPercent",
                ValueKind.PERCENT,
                chargeBefore,
                chargeAfter,
                BaselineChargePricing::deadbandPercent);
    }

    private static @Nullable String mechanism(@Nullable Pricing pricing) {
        return switch (pricing) {
            case null -> null;
            case BandPricing bands -> BANDS;
            case BaselineChargePricing charge -> BASELINE_CHARGE;
        };
    }

    /** In the newer order, removed bands last; bands are few, so plain scans beat any index. */
    private static void bands(List<PriceBand> before, List<PriceBand> after, FieldChanges out) {
        for (int i = 0; i < after.size(); i++) {
            PriceBand band = after.get(i);
            band(find(before, band.fromUnits(), i), band, out);
        }
        for (int i = 0; i < before.size(); i++) {
            PriceBand band = before.get(i);
            if (find(after, band.fromUnits(), i) == null) {
                band(band, null, out);
            }
        }
    }

    private static void band(@Nullable PriceBand before, @Nullable PriceBand after, FieldChanges out) {
        BigDecimal priceBefore = before == null ? null : before.unitPrice();
        BigDecimal priceAfter = after == null ? null : after.unitPrice();
        Long toBefore = before == null ? null : before.toUnits();
        Long toAfter = after == null ? null : after.toUnits();
        boolean priceChanged = priceBefore == null || priceAfter == null || priceBefore.compareTo(priceAfter) != 0;
        boolean toChanged = !Objects.equals(toBefore, toAfter);
        if (priceChanged || toChanged) {
            String detail = Long.toString((after != null ? after : before).fromUnits());
            out.value("band.unitPrice", detail, ValueKind.MONEY, priceBefore, priceAfter);
            out.value("band.toUnits", detail, ValueKind.NUMBER, toBefore, toAfter);
        }
    }

    private static @Nullable PriceBand find(List<PriceBand> bands, long fromUnits, int likelyIndex) {
        if (likelyIndex < bands.size() && bands.get(likelyIndex).fromUnits() == fromUnits) {
            return bands.get(likelyIndex);
        }
        for (PriceBand band : bands) {
            if (band.fromUnits() == fromUnits) {
                return band;
            }
        }
        return null;
    }
}
