/**
 * The terms of a contract as one immutable value: header, objectives, scope items with their volume
 * terms and pricing, service levels. Pure Java (no Spring, no JPA) so that validation, pricing, diff
 * and (later) merge are fast and unit-testable. Exposed to other modules as the {@code terms} named
 * interface because change requests and performance work on the same value.
 */
@org.springframework.modulith.NamedInterface("terms")
@org.jspecify.annotations.NullMarked
package app.avenant.contract.terms;
