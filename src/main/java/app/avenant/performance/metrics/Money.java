package app.avenant.performance.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Euros to the cent, half-up (product brief: each line rounded, totals summed from rounded lines). */
final class Money {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {}

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code percent} % of {@code amount}, to the cent. */
    static BigDecimal percentOf(BigDecimal percent, BigDecimal amount) {
        return cents(percent.multiply(amount).divide(HUNDRED));
    }
}
