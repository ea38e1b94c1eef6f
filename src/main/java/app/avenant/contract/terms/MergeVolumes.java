package app.avenant.contract.terms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Three-way merge of a scope item's volume terms: baseline, flex range, each seasonal month, the pricing
 * mechanism and its parameters, bands matched by their first unit as in the diff. The caller has set the item
 * (section VOLUMES) on the {@link MergeFields}.
 */
final class MergeVolumes {

    static final String BANDS_FIELD = "pricing.bands";
    private static final String[] MONTHS = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"};

    private MergeVolumes() {}

    /**
     * Null (not volume-priced) is a value like any other: removing the volume terms on one side while the other
     * changes them is a conflict, reported as {@code item.deleted} like a deleted item.
     */
    static @Nullable VolumeTerms volume(
            @Nullable VolumeTerms base,
            @Nullable VolumeTerms ours,
            @Nullable VolumeTerms theirs,
            MergeFields fields,
            FieldChanges scratch) {
        if (same(ours, base, scratch)) {
            return theirs;
        }
        if (same(theirs, base, scratch) || same(ours, theirs, scratch)) {
            return ours;
        }
        if (ours == null || theirs == null) {
            // base is not null here (else the null side would equal it): one side removed what the other changed
            return fields.conflict(
                            TermsMerge.DELETED_FIELD,
                            null,
                            ValueKind.TEXT,
                            fields.label(),
                            ours == null ? null : fields.label(),
                            theirs == null ? null : fields.label())
                    ? theirs
                    : ours;
        }
        long baseline = fields.number(
                "volume.baselineMonthlyUnits",
                base == null ? null : base.baselineMonthlyUnits(),
                ours.baselineMonthlyUnits(),
                theirs.baselineMonthlyUnits());
        BigDecimal flex = fields.pick(
                "volume.flexRangePercent",
                ValueKind.PERCENT,
                base == null ? null : base.flexRangePercent(),
                ours.flexRangePercent(),
                theirs.flexRangePercent());
        SeasonalProfile profile = seasonal(
                base == null ? null : base.seasonalProfile(), ours.seasonalProfile(), theirs.seasonalProfile(), fields);
        Pricing pricing = pricing(base == null ? null : base.pricing(), ours.pricing(), theirs.pricing(), fields);
        return new VolumeTerms(baseline, profile, flex, pricing);
    }

    private static SeasonalProfile seasonal(
            @Nullable SeasonalProfile base, SeasonalProfile ours, SeasonalProfile theirs, MergeFields fields) {
        List<BigDecimal> b = base == null ? null : base.coefficients();
        List<BigDecimal> o = ours.coefficients();
        List<BigDecimal> t = theirs.coefficients();
        if (b != null && sameCoefficients(o, b)) {
            return theirs;
        }
        if (b != null && sameCoefficients(t, b) || sameCoefficients(o, t)) {
            return ours;
        }
        List<BigDecimal> merged = new ArrayList<>(12);
        for (int m = 0; m < 12; m++) {
            merged.add(fields.pick(
                    "volume.seasonalCoefficient",
                    MONTHS[m],
                    ValueKind.COEFFICIENT,
                    b == null ? null : b.get(m),
                    o.get(m),
                    t.get(m)));
        }
        return new SeasonalProfile(merged);
    }

    /**
     * A mechanism switch on one side wins only when the other side left pricing alone (handled by the
     * whole-value checks); a switch against any pricing edit on the other side is one conflict on the
     * mechanism. Both sides on the same mechanism merge parameter by parameter.
     */
    private static Pricing pricing(@Nullable Pricing base, Pricing ours, Pricing theirs, MergeFields fields) {
        if (samePricing(ours, base)) {
            return theirs;
        }
        if (samePricing(theirs, base) || samePricing(ours, theirs)) {
            return ours;
        }
        String mechanism = mechanism(ours);
        if (!mechanism.equals(mechanism(theirs))) {
            return fields.conflict(
                            "pricing.mechanism",
                            null,
                            ValueKind.TEXT,
                            base == null ? null : mechanism(base),
                            mechanism,
                            mechanism(theirs))
                    ? theirs
                    : ours;
        }
        // both switched to the same mechanism: its parameters were added on both sides, without a base
        boolean baseAlike = base != null && mechanism(base).equals(mechanism);
        return switch (ours) {
            case BandPricing o -> {
                BandPricing t = (BandPricing) theirs;
                BandPricing b = baseAlike ? (BandPricing) base : null;
                BandMode mode = fields.pick(
                        "pricing.bandMode", ValueKind.ENUM, b == null ? null : b.mode(), o.mode(), t.mode());
                yield new BandPricing(mode, bands(b == null ? List.of() : b.bands(), o.bands(), t.bands(), fields));
            }
            case BaselineChargePricing o -> {
                BaselineChargePricing t = (BaselineChargePricing) theirs;
                BaselineChargePricing b = baseAlike ? (BaselineChargePricing) base : null;
                yield new BaselineChargePricing(
                        fields.pick(
                                "pricing.fixedMonthlyCharge",
                                ValueKind.MONEY,
                                b == null ? null : b.fixedMonthlyCharge(),
                                o.fixedMonthlyCharge(),
                                t.fixedMonthlyCharge()),
                        fields.pick(
                                "pricing.arcRate",
                                ValueKind.MONEY,
                                b == null ? null : b.arcRate(),
                                o.arcRate(),
                                t.arcRate()),
                        fields.pick(
                                "pricing.rrcRate",
                                ValueKind.MONEY,
                                b == null ? null : b.rrcRate(),
                                o.rrcRate(),
                                t.rrcRate()),
                        fields.pick(
                                "pricing.deadbandPercent",
                                ValueKind.PERCENT,
                                b == null ? null : b.deadbandPercent(),
                                o.deadbandPercent(),
                                t.deadbandPercent()));
            }
        };
    }

    /**
     * Bands are matched by their first unit, as people name them. The band structure (the list of first units)
     * comes from the side that re-split the bands, or from either when both re-split them alike; when both
     * re-split them differently no band can be paired reliably, and the whole list is one conflict on
     * {@code pricing.bands} (values: the lists written "0–500: 2.00; 501–: 1.80").
     */
    private static List<PriceBand> bands(
            List<PriceBand> base, List<PriceBand> ours, List<PriceBand> theirs, MergeFields fields) {
        List<PriceBand> structure;
        List<PriceBand> other;
        if (sameStarts(ours, base)) {
            structure = theirs;
            other = ours;
        } else if (sameStarts(theirs, base) || sameStarts(ours, theirs)) {
            structure = ours;
            other = theirs;
        } else {
            return fields.conflict(
                            BANDS_FIELD,
                            null,
                            ValueKind.TEXT,
                            base.isEmpty() ? null : describe(base),
                            describe(ours),
                            describe(theirs))
                    ? theirs
                    : ours;
        }
        boolean oursIsStructure = structure == ours;
        List<PriceBand> merged = new ArrayList<>(structure.size());
        for (int i = 0; i < structure.size(); i++) {
            PriceBand band = structure.get(i);
            PriceBand b = find(base, band.fromUnits(), i);
            PriceBand counterpart = find(other, band.fromUnits(), i);
            if (counterpart == null) {
                merged.add(band); // added by the side that re-split the bands
                continue;
            }
            PriceBand o = oursIsStructure ? band : counterpart;
            PriceBand t = oursIsStructure ? counterpart : band;
            String detail = Long.toString(band.fromUnits());
            Long to = fields.pick(
                    "band.toUnits", detail, ValueKind.NUMBER, b == null ? null : b.toUnits(), o.toUnits(), t.toUnits());
            BigDecimal price = fields.pick(
                    "band.unitPrice",
                    detail,
                    ValueKind.MONEY,
                    b == null ? null : b.unitPrice(),
                    o.unitPrice(),
                    t.unitPrice());
            merged.add(new PriceBand(band.fromUnits(), to, price));
        }
        // bands the re-splitting side removed: fine unless the other side edited them
        for (int i = 0; i < other.size(); i++) {
            PriceBand band = other.get(i);
            if (find(structure, band.fromUnits(), i) != null) {
                continue;
            }
            PriceBand b = find(base, band.fromUnits(), i);
            if (b == null || sameBand(band, b)) {
                continue;
            }
            String detail = Long.toString(band.fromUnits());
            BigDecimal oursPrice = oursIsStructure ? null : band.unitPrice();
            BigDecimal theirsPrice = oursIsStructure ? band.unitPrice() : null;
            Long oursTo = oursIsStructure ? null : band.toUnits();
            Long theirsTo = oursIsStructure ? band.toUnits() : null;
            fields.conflict("band.unitPrice", detail, ValueKind.MONEY, b.unitPrice(), oursPrice, theirsPrice);
            if (!Objects.equals(band.toUnits(), b.toUnits())) {
                fields.conflict("band.toUnits", detail, ValueKind.NUMBER, b.toUnits(), oursTo, theirsTo);
            }
        }
        return merged;
    }

    private static boolean same(@Nullable VolumeTerms a, @Nullable VolumeTerms b, FieldChanges scratch) {
        if (a == b || a != null && a.equals(b)) {
            return true;
        }
        VolumeFields.volume(a, b, scratch);
        return isEmpty(scratch);
    }

    private static boolean samePricing(Pricing a, @Nullable Pricing b) {
        if (a == b || a.equals(b)) {
            return true;
        }
        return switch (a) {
            case BandPricing x -> b instanceof BandPricing y && x.mode() == y.mode() && sameBands(x.bands(), y.bands());
            case BaselineChargePricing x ->
                b instanceof BaselineChargePricing y
                        && x.fixedMonthlyCharge().compareTo(y.fixedMonthlyCharge()) == 0
                        && x.arcRate().compareTo(y.arcRate()) == 0
                        && x.rrcRate().compareTo(y.rrcRate()) == 0
                        && x.deadbandPercent().compareTo(y.deadbandPercent()) == 0;
        };
    }

    private static boolean sameBands(List<PriceBand> a, List<PriceBand> b) {
        if (!sameStarts(a, b)) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!sameBand(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEmpty(FieldChanges scratch) {
        boolean empty = scratch.isEmpty();
        scratch.take();
        return empty;
    }

    private static boolean sameCoefficients(List<BigDecimal> a, List<BigDecimal> b) {
        if (a == b) {
            return true;
        }
        for (int m = 0; m < 12; m++) {
            if (a.get(m).compareTo(b.get(m)) != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameStarts(List<PriceBand> a, List<PriceBand> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).fromUnits() != b.get(i).fromUnits()) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameBand(PriceBand a, PriceBand b) {
        return Objects.equals(a.toUnits(), b.toUnits()) && a.unitPrice().compareTo(b.unitPrice()) == 0;
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

    private static String mechanism(Pricing pricing) {
        return switch (pricing) {
            case BandPricing bands -> VolumeFields.BANDS;
            case BaselineChargePricing charge -> VolumeFields.BASELINE_CHARGE;
        };
    }

    /** Language-neutral, like the charge lines' details: "0–500: 2.00; 501–1000: 1.80; 1001–: 1.60". */
    static String describe(List<PriceBand> bands) {
        StringBuilder text = new StringBuilder();
        for (PriceBand band : bands) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(band.fromUnits()).append('–');
            if (band.toUnits() != null) {
                text.append(band.toUnits());
            }
            text.append(": ").append(band.unitPrice().toPlainString());
        }
        return text.toString();
    }
}
