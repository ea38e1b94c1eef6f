package app.avenant.performance;

/** Measured &ge; target: met; minimum &le; measured &lt; target: at risk; below minimum: missed. */
public enum SlaStatus {
    MET,
    AT_RISK,
    MISSED,
    /** nothing measured for the period (or a quarterly level outside a quarter's last month) */
    NOT_MEASURED
}
