package app.avenant.contract.terms;

import java.math.BigDecimal;

/**
 * A fixed monthly charge covers the baseline units; inside the deadband nothing changes; outside it the
 * whole difference from the month's baseline is charged at the ARC rate (above) or credited at the RRC
 * rate (below).
 *
 * @param fixedMonthlyCharge euros per month for the baseline, before the seasonal coefficient
 * @param arcRate            euros per additional unit
 * @param rrcRate            euros credited per reduced unit
 * @param deadbandPercent    tolerance around the month's baseline, 0–100
 */
public record BaselineChargePricing(
        BigDecimal fixedMonthlyCharge, BigDecimal arcRate, BigDecimal rrcRate, BigDecimal deadbandPercent)
        implements Pricing {}
