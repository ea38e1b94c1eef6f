/**
 * Contracts between one PME and one provider: membership and per-contract roles, contact persons,
 * the terms and their immutable versions, version history and compare. Users reach it through three services:
 * {@link app.avenant.contract.Contracts} (reading), {@link app.avenant.contract.ContractLifecycle} (creation,
 * pilot, activation) and {@link app.avenant.contract.ContractAccess} (membership and the access review), each
 * checking the caller's right through one guard (docs/decisions/0020).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "identity :: internal"})
@org.jspecify.annotations.NullMarked
package app.avenant.contract;
