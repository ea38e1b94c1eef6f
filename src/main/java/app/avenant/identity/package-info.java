/**
 * Organisations (a PME client or a provider), user accounts, login, locale. Other modules learn who
 * the caller is through {@link app.avenant.identity.Users}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
@org.jspecify.annotations.NullMarked
package app.avenant.identity;
