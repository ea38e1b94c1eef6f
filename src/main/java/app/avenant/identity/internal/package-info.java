/**
 * What only other modules' services may ask of the identity module: setting up organisations and accounts
 * (demo data), a provider's admins (the contract module enrols them), the account behind a sign-in (the
 * audit trail). No user's right is checked here: a module reaches it only when its {@code package-info}
 * lists {@code "identity :: internal"}.
 */
@org.springframework.modulith.NamedInterface("internal")
@org.jspecify.annotations.NullMarked
package app.avenant.identity.internal;
