package app.avenant.performance.metrics;

import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.VolumePricing;
import app.avenant.contract.terms.VolumePricing.ChargeLine;
import app.avenant.contract.terms.VolumePricing.FlexRange;
import app.avenant.contract.terms.VolumePricing.MonthlyCharge;
import app.avenant.contract.terms.VolumeTerms;
import app.avenant.performance.DeliveryRates;
import app.avenant.performance.ItemCharge;
import app.avenant.performance.ItemVolume;
import app.avenant.performance.MonthFigures;
import app.avenant.performance.PenaltyCap;
import app.avenant.performance.SlaResult;
import app.avenant.performance.VolumeStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Prices and measures one month from its aggregates: pure, no Spring, no database. */
public final class MonthCalculator {

    private MonthCalculator() {}

    /**
     * @param terms                 the terms of {@code versionNumber}, the version pricing the month
     * @param actuals               per scope item key; items absent had no deliverable (zero units); keys that
     *                              are not scope items of {@code terms} are ignored
     * @param measured              measured percentage per service level key; levels absent were not measured
     * @param creditsConsumedBefore credits of all earlier months (for the contract's penalty cap)
     */
    public static MonthFigures compute(
            YearMonth month,
            int versionNumber,
            Terms terms,
            Map<String, ItemActuals> actuals,
            Map<String, BigDecimal> measured,
            BigDecimal creditsConsumedBefore) {
        Month calendarMonth = month.getMonth();
        List<ItemActuals> itemActuals = new ArrayList<>(terms.scopeItems().size());
        List<ItemVolume> volumes = new ArrayList<>(terms.scopeItems().size());
        List<ItemCharge> charges = new ArrayList<>();
        Lines lines = new Lines();
        BigDecimal recordedCosts = Money.ZERO;
        long billableUnits = 0;
        BigDecimal nominalCharge = Money.ZERO;
        long nominalUnits = 0;
        for (ScopeItem item : terms.scopeItems()) {
            ItemActuals actual = actuals.getOrDefault(item.key(), ItemActuals.NONE);
            itemActuals.add(actual);
            long units = actual.billableUnits();
            billableUnits += units;
            recordedCosts = recordedCosts.add(actual.recordedCost());
            VolumeTerms volume = item.volume();
            volumes.add(volume(item, volume, calendarMonth, units));
            if (volume != null) {
                MonthlyCharge charge = VolumePricing.charge(volume, calendarMonth, units);
                charges.add(new ItemCharge(item.key(), item.title(), units, charge));
                lines.add(charge);
                long baseline = VolumePricing.monthBaseline(volume, calendarMonth);
                nominalCharge = nominalCharge.add(
                        VolumePricing.charge(volume, calendarMonth, baseline).total());
                nominalUnits += baseline;
            }
        }
        recordedCosts = Money.cents(recordedCosts);

        ContractHeader header = terms.header();
        BigDecimal baseCharges = lines.base.add(recordedCosts);
        BigDecimal chargesBeforeCredits = baseCharges.add(lines.arc).subtract(lines.rrc);
        // RRC could exceed the fixed charge; credits then have nothing to take from, never a negative amount
        BigDecimal atRiskAmount = Money.percentOf(header.atRiskPercent(), chargesBeforeCredits.max(Money.ZERO));

        List<SlaResult> serviceLevels =
                ServiceLevelAssessment.assess(month, terms.serviceLevels(), measured, atRiskAmount);
        BigDecimal creditsUncapped = Money.ZERO;
        for (SlaResult level : serviceLevels) {
            creditsUncapped = creditsUncapped.add(level.credit());
        }
        BigDecimal cap = Money.cents(header.penaltyCapAmount());
        BigDecimal consumedBefore = Money.cents(creditsConsumedBefore);
        BigDecimal capRemaining = cap.subtract(consumedBefore).max(Money.ZERO);
        BigDecimal credits = creditsUncapped.min(atRiskAmount).min(capRemaining);
        BigDecimal consumedToDate = consumedBefore.add(credits);
        PenaltyCap penaltyCap = new PenaltyCap(
                cap, consumedBefore, consumedToDate, cap.signum() > 0 && consumedToDate.compareTo(cap) >= 0);

        BigDecimal totalDue = chargesBeforeCredits.subtract(credits);
        DeliveryRates rates = Rates.ofActuals(itemActuals);
        return new MonthFigures(
                month,
                versionNumber,
                rates,
                volumes,
                charges,
                baseCharges,
                recordedCosts,
                lines.arc,
                lines.rrc,
                chargesBeforeCredits,
                atRiskAmount,
                serviceLevels,
                creditsUncapped,
                credits,
                totalDue,
                billableUnits,
                perUnit(totalDue, billableUnits),
                perUnit(nominalCharge, nominalUnits),
                penaltyCap);
    }

    private static ItemVolume volume(ScopeItem item, @Nullable VolumeTerms volume, Month month, long units) {
        if (volume == null) {
            return new ItemVolume(
                    item.key(),
                    item.title(),
                    item.unitOfMeasure(),
                    units,
                    null,
                    null,
                    null,
                    VolumeStatus.NO_VOLUME_TERMS);
        }
        FlexRange flex = VolumePricing.flexRange(volume, month);
        VolumeStatus status =
                units < flex.min() ? VolumeStatus.BELOW : units > flex.max() ? VolumeStatus.ABOVE : VolumeStatus.INSIDE;
        return new ItemVolume(
                item.key(),
                item.title(),
                item.unitOfMeasure(),
                units,
                VolumePricing.monthBaseline(volume, month),
                flex.min(),
                flex.max(),
                status);
    }

    private static @Nullable BigDecimal perUnit(BigDecimal amount, long units) {
        return units == 0 ? null : amount.divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_UP);
    }

    /** The priced lines of all items, split as the statement shows them. */
    private static final class Lines {
        private BigDecimal base = Money.ZERO;
        private BigDecimal arc = Money.ZERO;
        /** positive */
        private BigDecimal rrc = Money.ZERO;

        void add(MonthlyCharge charge) {
            for (ChargeLine line : charge.lines()) {
                switch (line.kind()) {
                    case BAND, FIXED -> base = base.add(line.amount());
                    case ARC -> arc = arc.add(line.amount());
                    case RRC -> rrc = rrc.subtract(line.amount());
                }
            }
        }
    }
}
