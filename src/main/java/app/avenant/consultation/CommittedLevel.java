package app.avenant.consultation;

import java.math.BigDecimal;

/**
 * The level a provider commits to for one of the service levels the PME asked for: its target and its minimum (below
 * which the PME's credit applies), in percent. The credit mechanism itself stays the PME's.
 */
public record CommittedLevel(BigDecimal targetPercent, BigDecimal minimumPercent) {}
