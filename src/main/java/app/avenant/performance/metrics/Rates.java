package app.avenant.performance.metrics;

import app.avenant.performance.DeliveryRates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/** Delivery rates from counts: percent of the delivered, one decimal half-up, none when nothing was delivered. */
public final class Rates {

    /** Nothing delivered: every count 0, every rate null. */
    public static final DeliveryRates NONE = of(0, 0, 0, 0, 0);

    private Rates() {}

    public static DeliveryRates of(long delivered, long onTime, long firstPass, long afterRework, long rejected) {
        return new DeliveryRates(
                delivered,
                onTime,
                firstPass,
                afterRework,
                rejected,
                percent(onTime, delivered),
                percent(firstPass, delivered),
                percent(afterRework, delivered));
    }

    /** The rates of several scope items' deliverables taken together. */
    public static DeliveryRates ofActuals(Collection<ItemActuals> actuals) {
        return sum(actuals.stream()
                .map(item -> of(item.delivered(), item.onTime(), item.firstPass(), item.afterRework(), item.rejected()))
                .toList());
    }

    /**
     * The rates of several periods taken together (a range's totals): counts are added and the rates drawn
     * again from the sums, never averaged (a quiet month must not weigh as much as a busy one).
     */
    public static DeliveryRates sum(Collection<DeliveryRates> periods) {
        long delivered = 0;
        long onTime = 0;
        long firstPass = 0;
        long afterRework = 0;
        long rejected = 0;
        for (DeliveryRates period : periods) {
            delivered += period.delivered();
            onTime += period.onTime();
            firstPass += period.firstPass();
            afterRework += period.afterRework();
            rejected += period.rejected();
        }
        return of(delivered, onTime, firstPass, afterRework, rejected);
    }

    /** count × 100 / total, one decimal half-up; null when total is 0. */
    public static @Nullable BigDecimal percent(long count, long total) {
        if (total == 0) {
            return null;
        }
        return BigDecimal.valueOf(count)
                .multiply(Money.HUNDRED)
                .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }
}
