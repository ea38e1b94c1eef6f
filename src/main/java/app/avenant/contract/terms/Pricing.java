package app.avenant.contract.terms;

/** The two standard volume pricing mechanisms of the product brief; a scope item uses one. */
public sealed interface Pricing permits BandPricing, BaselineChargePricing {}
