package app.avenant.performance;

import app.avenant.contract.terms.VolumePricing.MonthlyCharge;

/** What one scope item's units cost that month, line by line, priced by the version named in the figures. */
public record ItemCharge(String scopeItemKey, String title, long units, MonthlyCharge charge) {}
