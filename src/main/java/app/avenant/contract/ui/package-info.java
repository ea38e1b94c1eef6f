/**
 * The contract screens: "Mes contrats", the workspace of one contract (its terms, team and history) and
 * the comparison of two versions. Thin views over {@link app.avenant.contract.Contracts}; pricing comes
 * from {@link app.avenant.contract.terms.VolumePricing} and differences from the service.
 */
@org.jspecify.annotations.NullMarked
package app.avenant.contract.ui;
