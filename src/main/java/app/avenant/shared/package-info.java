/**
 * Small value types and helpers every module may use: money and percentage formatting (fr-FR first),
 * the one rule for typed numbers (docs/decisions/0022), the multi-bundle translation provider.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package app.avenant.shared;
