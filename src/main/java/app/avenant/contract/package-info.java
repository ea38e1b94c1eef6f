/**
 * Contracts between one PME and one provider: membership and per-contract roles, contact persons,
 * the terms and their immutable versions, version history and compare.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "identity :: internal"})
@org.jspecify.annotations.NullMarked
package app.avenant.contract;
