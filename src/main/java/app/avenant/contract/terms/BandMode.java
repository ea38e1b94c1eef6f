package app.avenant.contract.terms;

/** Graduated: each band prices its own units. Volume: all units at the rate of the band reached. */
public enum BandMode {
    GRADUATED,
    VOLUME
}
