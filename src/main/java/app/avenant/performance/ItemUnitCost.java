package app.avenant.performance;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What one deliverable of one scope item cost that month, in the item's own unit (an invoice, a payslip, a ticket):
 * units of different items are never added (PRODUCT.md, edge rules; docs/decisions/0046).
 *
 * @param units            billable units of the item
 * @param charges          the item's charged lines (bands or fixed charge, ARC, RRC) plus the costs recorded on its
 *                         deliverables
 * @param creditShare      its share of the month's service credits, pro rata to charges, to the cent
 * @param costPerUnit      (charges − share of credits) / units, rounded once, half-up, to the cent; null without units
 * @param nominalUnitPrice the item's charge at the month's baseline / baseline units, to the cent; null without volume
 *                         terms or without a baseline that month
 */
public record ItemUnitCost(
        String scopeItemKey,
        String title,
        String unitOfMeasure,
        long units,
        BigDecimal charges,
        BigDecimal creditShare,
        @Nullable BigDecimal costPerUnit,
        @Nullable BigDecimal nominalUnitPrice) {

    /** Delivered dearer than the price agreed at baseline. */
    public boolean aboveNominal() {
        return costPerUnit != null && nominalUnitPrice != null && costPerUnit.compareTo(nominalUnitPrice) > 0;
    }
}
