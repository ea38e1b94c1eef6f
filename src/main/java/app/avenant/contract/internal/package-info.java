/**
 * What only other modules' services may ask of the contract module: opening and enrolling for the demo data,
 * adopting a version for an accepted change request, reading any contract's terms and members for scheduled
 * jobs, notifications and API calls. No user's right is checked here: the walls are the module's, a module
 * reaches this only when its {@code package-info} lists {@code "contract :: internal"}, and no view may.
 */
@org.springframework.modulith.NamedInterface("internal")
@org.jspecify.annotations.NullMarked
package app.avenant.contract.internal;
