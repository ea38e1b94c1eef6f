package app.avenant.contract.terms;

import java.math.BigDecimal;

/**
 * The flexible volume terms of a scope item (mistake n°6 of the article).
 *
 * @param baselineMonthlyUnits expected monthly units (&ge; 0), before the seasonal profile
 * @param seasonalProfile      12 monthly coefficients applied to the baseline
 * @param flexRangePercent     variation around the month's baseline allowed without renegotiation, 0–100
 * @param pricing              how the month's units are charged
 */
public record VolumeTerms(
        long baselineMonthlyUnits, SeasonalProfile seasonalProfile, BigDecimal flexRangePercent, Pricing pricing) {}
