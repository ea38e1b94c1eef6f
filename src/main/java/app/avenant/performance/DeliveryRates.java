package app.avenant.performance;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Counts of deliverables delivered in a period and the rates drawn from them, in percent with one decimal
 * (half-up). Rates are null when nothing was delivered: an empty month has no rate, not 0 %.
 */
public record DeliveryRates(
        long delivered,
        long onTime,
        long firstPass,
        long afterRework,
        long rejected,
        @Nullable BigDecimal onTimePercent,
        @Nullable BigDecimal firstPassPercent,
        @Nullable BigDecimal reworkPercent) {}
