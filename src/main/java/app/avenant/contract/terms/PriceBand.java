package app.avenant.contract.terms;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A band of monthly units with its unit price in euros. A band "501–1 000" holds the 501st to the
 * 1 000th unit; the first band is written "0–500".
 *
 * @param fromUnits first unit of the band (0 for the first band)
 * @param toUnits   last unit of the band, or null for "and above"
 * @param unitPrice euros per unit (&ge; 0)
 */
public record PriceBand(long fromUnits, @Nullable Long toUnits, BigDecimal unitPrice) {}
