/**
 * What only other modules' services may ask of the performance module: the demo data records deliverables as
 * a provider's API would, without an API token. No user's right is checked here: a module reaches it only
 * when its {@code package-info} lists {@code "performance :: internal"}.
 */
@org.springframework.modulith.NamedInterface("internal")
@org.jspecify.annotations.NullMarked
package app.avenant.performance.internal;
