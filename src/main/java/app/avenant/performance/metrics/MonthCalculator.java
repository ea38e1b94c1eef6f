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
import app.avenant.performance.EarnBack;
import app.avenant.performance.ItemCharge;
import app.avenant.performance.ItemUnitCost;
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

    /** A month computed without the months before it: no earn-back can fall due. */
    public static MonthFigures compute(
            YearMonth month,
            int versionNumber,
            Terms terms,
            Map<String, ItemActuals> actuals,
            Map<String, BigDecimal> measured,
            BigDecimal creditsConsumedBefore) {
        return compute(month, versionNumber, terms, actuals, measured, creditsConsumedBefore, List.of());
    }

    /**
     * @param terms                 the terms of {@code versionNumber}, the version pricing the month
     * @param actuals               per scope item key; items absent had no deliverable (zero units); keys that
     *                              are not scope items of {@code terms} are ignored
     * @param measured              measured percentage per service level key; levels absent were not measured
     * @param creditsConsumedBefore credits of all earlier months (for the contract's penalty cap)
     * @param earlier               the contract's months before this one, oldest first (for earn-back: the last
     *                              three are enough)
     */
    public static MonthFigures compute(
            YearMonth month,
            int versionNumber,
            Terms terms,
            Map<String, ItemActuals> actuals,
            Map<String, BigDecimal> measured,
            BigDecimal creditsConsumedBefore,
            List<MonthFigures> earlier) {
        Month calendarMonth = month.getMonth();
        List<ItemActuals> itemActuals = new ArrayList<>(terms.scopeItems().size());
        List<ItemVolume> volumes = new ArrayList<>(terms.scopeItems().size());
        List<ItemCharge> charges = new ArrayList<>();
        List<ChargedItem> charged = new ArrayList<>();
        Lines lines = new Lines();
        BigDecimal recordedCosts = Money.ZERO;
        long billableUnits = 0;
        for (ScopeItem item : terms.scopeItems()) {
            ItemActuals actual = actuals.getOrDefault(item.key(), ItemActuals.NONE);
            itemActuals.add(actual);
            long units = actual.billableUnits();
            billableUnits += units;
            BigDecimal recorded = Money.cents(actual.recordedCost());
            recordedCosts = recordedCosts.add(recorded);
            VolumeTerms volume = item.volume();
            volumes.add(volume(item, volume, calendarMonth, units));
            BigDecimal itemCharges = recorded;
            @Nullable BigDecimal nominal = null;
            if (volume != null) {
                MonthlyCharge charge = VolumePricing.charge(volume, calendarMonth, units);
                charges.add(new ItemCharge(item.key(), item.title(), units, charge));
                lines.add(charge);
                itemCharges = itemCharges.add(charge.total());
                long baseline = VolumePricing.monthBaseline(volume, calendarMonth);
                nominal = perUnit(
                        VolumePricing.charge(volume, calendarMonth, baseline).total(), baseline);
            }
            if (volume != null || recorded.signum() != 0) {
                charged.add(new ChargedItem(item, units, itemCharges, nominal));
            }
        }

        ContractHeader header = terms.header();
        BigDecimal baseCharges = lines.base.add(recordedCosts);
        BigDecimal chargesBeforeCredits = baseCharges.add(lines.arc).subtract(lines.rrc);
        // an RRC credit stops at its fixed charge (VolumePricing), so charges are never negative; kept as a guard
        BigDecimal atRiskAmount = Money.percentOf(header.atRiskPercent(), chargesBeforeCredits.max(Money.ZERO));

        List<SlaResult> serviceLevels =
                ServiceLevelAssessment.assess(month, terms.serviceLevels(), measured, actuals, atRiskAmount);
        BigDecimal creditsUncapped = Money.ZERO;
        for (SlaResult level : serviceLevels) {
            creditsUncapped = creditsUncapped.add(level.credit());
        }
        @Nullable BigDecimal cap = header.penaltyCapAmount() == null ? null : Money.cents(header.penaltyCapAmount());
        BigDecimal consumedBefore = Money.cents(creditsConsumedBefore);
        BigDecimal credits = creditsUncapped.min(atRiskAmount);
        if (cap != null) {
            credits = credits.min(cap.subtract(consumedBefore).max(Money.ZERO));
        }
        BigDecimal consumedToDate = consumedBefore.add(credits);
        PenaltyCap penaltyCap =
                new PenaltyCap(cap, consumedBefore, consumedToDate, cap != null && consumedToDate.compareTo(cap) >= 0);

        List<EarnBack> earnBacks = EarnBacks.due(month, serviceLevels, earlier);
        BigDecimal earnBack = Money.ZERO;
        for (EarnBack paid : earnBacks) {
            earnBack = earnBack.add(paid.amount());
        }
        BigDecimal totalDue = chargesBeforeCredits.subtract(credits).add(earnBack);
        List<ItemUnitCost> itemCosts = ItemUnitCosts.of(charged, chargesBeforeCredits, credits);
        @Nullable ItemUnitCost single = itemCosts.size() == 1 ? itemCosts.getFirst() : null;
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
                earnBacks,
                earnBack,
                totalDue,
                billableUnits,
                itemCosts,
                single == null ? null : single.costPerUnit(),
                single == null ? null : single.nominalUnitPrice(),
                penaltyCap);
    }

    /** A scope item with something to pay that month: volume terms, or costs recorded on its deliverables. */
    record ChargedItem(
            ScopeItem item,
            long units,
            BigDecimal charges,
            @Nullable BigDecimal nominalUnitPrice) {}

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

    static @Nullable BigDecimal perUnit(BigDecimal amount, long units) {
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
