package app.avenant.contract.terms;

/** The period over which a service level is measured. */
public enum MeasurementWindow {
    MONTHLY,
    QUARTERLY
}
