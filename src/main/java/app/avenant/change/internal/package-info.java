/**
 * What only other modules' services may ask of the change module: no user's right is checked here, the walls are
 * the module's (a module reaches this only when its {@code package-info} lists {@code "change :: internal"}, and no
 * view may).
 */
@org.springframework.modulith.NamedInterface("internal")
@org.jspecify.annotations.NullMarked
package app.avenant.change.internal;
