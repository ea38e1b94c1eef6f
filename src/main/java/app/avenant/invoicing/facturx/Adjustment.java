package app.avenant.invoicing.facturx;

import java.math.BigDecimal;

/**
 * An amount on the whole invoice: an allowance (a service credit, units not consumed) lowers it, a charge (credits
 * paid back) raises it.
 *
 * @param amount positive
 */
public record Adjustment(boolean allowance, String reason, BigDecimal amount) {}
