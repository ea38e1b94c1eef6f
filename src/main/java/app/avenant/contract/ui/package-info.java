/**
 * The contract screens: "Mes contrats", the workspace of one contract (its terms, team and history), the
 * comparison of two versions and the owners' access review (last-access times through
 * {@link app.avenant.contract.LastAccess}, which {@code audit} implements); the history and the compare say which
 * request produced each version and who proposed each change through {@link app.avenant.contract.VersionOrigins},
 * which {@code change} implements (docs/decisions/0026). Thin views over
 * {@link app.avenant.contract.Contracts}, {@link app.avenant.contract.ContractLifecycle} and
 * {@link app.avenant.contract.ContractAccess}; pricing comes
 * from {@link app.avenant.contract.terms.VolumePricing} and differences from the service.
 */
@org.jspecify.annotations.NullMarked
package app.avenant.contract.ui;
