/**
 * The contract screens: "Mes contrats", the workspace of one contract (its terms, team and history), the
 * comparison of two versions and the owners' access review (last-access times through
 * {@link app.avenant.contract.LastAccess}, which {@code audit} implements). Thin views over
 * {@link app.avenant.contract.Contracts}, {@link app.avenant.contract.ContractLifecycle} and
 * {@link app.avenant.contract.ContractAccess}; pricing comes
 * from {@link app.avenant.contract.terms.VolumePricing} and differences from the service.
 */
@org.jspecify.annotations.NullMarked
package app.avenant.contract.ui;
