package app.avenant.performance;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything measured and priced for one month of one contract: the Indicateurs tab, the monthly statement
 * and the ledger all read this. Amounts in euros, to the cent; each line rounded half-up, totals summed from
 * rounded lines (product brief).
 *
 * @param versionNumber       the version whose terms price the month: the one in force on its last day
 * @param rates               deliverables delivered that month
 * @param volumes             billable units per scope item against baseline and flex range
 * @param charges             per scope item with volume terms: the priced lines
 * @param baseCharges         fixed charges and band charges of all items, plus recorded deliverable costs
 * @param recordedCosts       the part of baseCharges that comes from costs recorded on deliverables
 * @param arc                 additional units charged (ARC), &ge; 0
 * @param rrc                 reduced units credited (RRC), as a positive amount
 * @param chargesBeforeCredits baseCharges + arc − rrc: the month's charges on which the at-risk amount is taken
 * @param atRiskAmount        at-risk percentage × chargesBeforeCredits, to the cent
 * @param serviceLevels       every service level of the version, critical first
 * @param creditsUncapped     sum of the critical levels' credits before any cap
 * @param credits             credits due: capped by the at-risk amount, then by what remains of the penalty cap
 * @param earnBacks           credits of earlier months paid back this month (earn-back)
 * @param earnBack            their sum, &ge; 0
 * @param totalDue            chargesBeforeCredits − credits + earnBack
 * @param billableUnits       units of all items (rejected deliverables excluded)
 * @param itemCosts           cost per deliverable of each charged scope item, in its own unit
 * @param costPerUnit         when a single scope item is charged, its cost per deliverable; null when several are
 *                            (units of different items are never added) or without units
 * @param nominalUnitPrice    when a single scope item is charged, its nominal price; null otherwise
 * @param penaltyCap          the contract's cap and its consumption up to this month
 */
public record MonthFigures(
        YearMonth month,
        int versionNumber,
        DeliveryRates rates,
        List<ItemVolume> volumes,
        List<ItemCharge> charges,
        BigDecimal baseCharges,
        BigDecimal recordedCosts,
        BigDecimal arc,
        BigDecimal rrc,
        BigDecimal chargesBeforeCredits,
        BigDecimal atRiskAmount,
        List<SlaResult> serviceLevels,
        BigDecimal creditsUncapped,
        BigDecimal credits,
        List<EarnBack> earnBacks,
        BigDecimal earnBack,
        BigDecimal totalDue,
        long billableUnits,
        List<ItemUnitCost> itemCosts,
        @Nullable BigDecimal costPerUnit,
        @Nullable BigDecimal nominalUnitPrice,
        PenaltyCap penaltyCap) {

    public MonthFigures {
        volumes = List.copyOf(volumes);
        charges = List.copyOf(charges);
        serviceLevels = List.copyOf(serviceLevels);
        earnBacks = List.copyOf(earnBacks);
        itemCosts = List.copyOf(itemCosts);
    }

    /**
     * The units {@link #costPerUnit} is counted in: the single charged scope item's; every unit when nothing is
     * charged; null when several items are charged, whose units are never added (PRODUCT.md, edge rules).
     */
    public @Nullable Long costUnits() {
        if (itemCosts.size() == 1) {
            return itemCosts.getFirst().units();
        }
        return itemCosts.isEmpty() ? billableUnits : null;
    }
}
