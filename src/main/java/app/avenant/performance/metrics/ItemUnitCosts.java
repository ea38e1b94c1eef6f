package app.avenant.performance.metrics;

import app.avenant.performance.ItemUnitCost;
import app.avenant.performance.metrics.MonthCalculator.ChargedItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Cost per deliverable, item by item (PRODUCT.md, edge rules): the item's charges less its share of the month's
 * credits, pro rata to charges, divided by its units. The share is exact in the division and the result is rounded
 * once, half-up, to the cent (docs/decisions/0046); the share shown beside it is rounded to the cent on its own.
 */
final class ItemUnitCosts {

    private ItemUnitCosts() {}

    static List<ItemUnitCost> of(List<ChargedItem> items, BigDecimal totalCharges, BigDecimal credits) {
        List<ItemUnitCost> costs = new ArrayList<>(items.size());
        for (ChargedItem charged : items) {
            costs.add(new ItemUnitCost(
                    charged.item().key(),
                    charged.item().title(),
                    charged.item().unitOfMeasure(),
                    charged.units(),
                    charged.charges(),
                    share(charged.charges(), totalCharges, credits),
                    costPerUnit(charged.charges(), charged.units(), totalCharges, credits),
                    charged.nominalUnitPrice()));
        }
        return costs;
    }

    private static BigDecimal share(BigDecimal charges, BigDecimal totalCharges, BigDecimal credits) {
        if (credits.signum() == 0 || totalCharges.signum() <= 0) {
            return Money.ZERO;
        }
        return credits.multiply(charges).divide(totalCharges, 2, RoundingMode.HALF_UP);
    }

    /** charges × (total − credits) / (total × units): the exact pro-rata share, one rounding. */
    private static @Nullable BigDecimal costPerUnit(
            BigDecimal charges, long units, BigDecimal totalCharges, BigDecimal credits) {
        if (units == 0) {
            return null;
        }
        BigDecimal count = BigDecimal.valueOf(units);
        if (credits.signum() == 0 || totalCharges.signum() <= 0) {
            return charges.divide(count, 2, RoundingMode.HALF_UP);
        }
        return charges.multiply(totalCharges.subtract(credits))
                .divide(totalCharges.multiply(count), 2, RoundingMode.HALF_UP);
    }
}
