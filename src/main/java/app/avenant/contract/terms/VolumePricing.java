package app.avenant.contract.terms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/**
 * What a scope item's volume terms charge for a month, following the product brief: exact decimal arithmetic,
 * each line rounded half-up to the cent, totals summed from the rounded lines. Expects valid terms (as held by
 * {@link Terms}).
 */
public final class VolumePricing {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ZERO_EUROS = BigDecimal.ZERO.setScale(2);

    private VolumePricing() {}

    /** One line of a month's charge; an RRC line is a credit and has a negative amount. */
    public enum ChargeLineKind {
        BAND,
        FIXED,
        ARC,
        RRC
    }

    /**
     * @param detail language-neutral: the band's range ("0–500", "1001–") for BAND, the seasonal coefficient
     *               ("×1.3") for FIXED, the deadband that was left ("950–1050") for ARC and RRC
     * @param units  units priced by the line (for FIXED: the month's baseline units it covers)
     * @param rate   euros per unit (for FIXED: the month's fixed charge itself, a lump sum)
     * @param amount rounded half-up to the cent, negative for RRC
     */
    public record ChargeLine(ChargeLineKind kind, String detail, long units, BigDecimal rate, BigDecimal amount) {}

    /** A month's charge: its lines (none for zero units priced by bands) and their total, to the cent. */
    public record MonthlyCharge(List<ChargeLine> lines, BigDecimal total) {

        public MonthlyCharge {
            lines = List.copyOf(lines);
        }
    }

    /** The charge of one month if exactly that month's baseline is delivered. */
    public record MonthProjection(Month month, long units, BigDecimal amount) {}

    /**
     * @param months                twelve months, January first
     * @param monthlyAtFlatBaseline the charge of the baseline units with coefficient 1 ("per month at baseline")
     * @param yearly                the sum of the twelve months
     */
    public record ProjectedCost(List<MonthProjection> months, BigDecimal monthlyAtFlatBaseline, BigDecimal yearly) {

        public ProjectedCost {
            months = List.copyOf(months);
        }
    }

    /**
     * The units allowed around a month's baseline without renegotiation, edges included. {@code min} is rounded
     * up and {@code max} down to whole units, so that {@link #contains} agrees exactly with the decimal bounds
     * baseline × (1 ∓ flex): a month is never called inside while being outside by a fraction of a unit.
     */
    public record FlexRange(long min, long max) {

        public boolean contains(long units) {
            return units >= min && units <= max;
        }
    }

    /** Month m's baseline: baseline × c(m), rounded half-up to whole units. */
    public static long monthBaseline(VolumeTerms volume, Month month) {
        return baselineAt(
                volume.baselineMonthlyUnits(), volume.seasonalProfile().coefficient(month));
    }

    public static MonthlyCharge charge(VolumeTerms volume, Month month, long actualUnits) {
        return chargeAt(volume, volume.seasonalProfile().coefficient(month), actualUnits);
    }

    public static ProjectedCost projectedAtBaseline(VolumeTerms volume) {
        List<MonthProjection> months = new ArrayList<>(12);
        BigDecimal yearly = ZERO_EUROS;
        for (Month month : Month.values()) {
            long units = monthBaseline(volume, month);
            BigDecimal amount = charge(volume, month, units).total();
            months.add(new MonthProjection(month, units, amount));
            yearly = yearly.add(amount);
        }
        BigDecimal flat =
                chargeAt(volume, BigDecimal.ONE, volume.baselineMonthlyUnits()).total();
        return new ProjectedCost(months, flat, yearly);
    }

    public static FlexRange flexRange(VolumeTerms volume, Month month) {
        BigDecimal baseline = BigDecimal.valueOf(monthBaseline(volume, month));
        BigDecimal flex = volume.flexRangePercent().divide(HUNDRED);
        long min = baseline.multiply(BigDecimal.ONE.subtract(flex))
                .setScale(0, RoundingMode.CEILING)
                .longValueExact();
        long max = baseline.multiply(BigDecimal.ONE.add(flex))
                .setScale(0, RoundingMode.FLOOR)
                .longValueExact();
        return new FlexRange(Math.max(0, min), max);
    }

    private static long baselineAt(long baseline, BigDecimal coefficient) {
        return BigDecimal.valueOf(baseline)
                .multiply(coefficient)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    private static MonthlyCharge chargeAt(VolumeTerms volume, BigDecimal coefficient, long actualUnits) {
        if (actualUnits < 0) {
            throw new IllegalArgumentException("actual units must be >= 0: " + actualUnits);
        }
        List<ChargeLine> lines = switch (volume.pricing()) {
            case BandPricing bands ->
                bands.mode() == BandMode.GRADUATED
                        ? BandCharges.graduated(bands.bands(), actualUnits)
                        : BandCharges.volume(bands.bands(), actualUnits);
            case BaselineChargePricing baseline ->
                baselineCharge(
                        baseline, baselineAt(volume.baselineMonthlyUnits(), coefficient), coefficient, actualUnits);
        };
        BigDecimal total = ZERO_EUROS;
        for (ChargeLine line : lines) {
            total = total.add(line.amount());
        }
        return new MonthlyCharge(lines, total);
    }

    private static List<ChargeLine> baselineCharge(
            BaselineChargePricing pricing, long monthBaseline, BigDecimal coefficient, long actualUnits) {
        List<ChargeLine> lines = new ArrayList<>(2);
        BigDecimal fixed = pricing.fixedMonthlyCharge().multiply(coefficient);
        BigDecimal fixedCharge = cents(fixed);
        lines.add(new ChargeLine(ChargeLineKind.FIXED, "×" + plain(coefficient), monthBaseline, fixed, fixedCharge));
        BigDecimal baseline = BigDecimal.valueOf(monthBaseline);
        BigDecimal deadband = pricing.deadbandPercent().divide(HUNDRED);
        BigDecimal lower = baseline.multiply(BigDecimal.ONE.subtract(deadband));
        BigDecimal upper = baseline.multiply(BigDecimal.ONE.add(deadband));
        BigDecimal actual = BigDecimal.valueOf(actualUnits);
        String band = plain(lower) + "–" + plain(upper);
        if (actual.compareTo(upper) > 0) {
            long units = actualUnits - monthBaseline;
            lines.add(new ChargeLine(
                    ChargeLineKind.ARC,
                    band,
                    units,
                    pricing.arcRate(),
                    cents(pricing.arcRate().multiply(BigDecimal.valueOf(units)))));
        } else if (actual.compareTo(lower) < 0) {
            long units = monthBaseline - actualUnits;
            lines.add(new ChargeLine(
                    ChargeLineKind.RRC,
                    band,
                    units,
                    pricing.rrcRate(),
                    // PRODUCT.md, edge rules: a month never costs less than nothing, the credit stops at the fixed
                    // charge
                    cents(pricing.rrcRate().multiply(BigDecimal.valueOf(units)))
                            .min(fixedCharge)
                            .negate()));
        }
        return lines;
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
