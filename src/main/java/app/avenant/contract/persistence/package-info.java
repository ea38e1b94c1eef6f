/**
 * The stored form of the terms ({@link app.avenant.contract.persistence.TermsJson}), one JSON document per
 * version. A named interface because change requests store their proposed terms in the very same format.
 */
@org.springframework.modulith.NamedInterface("persistence")
@org.jspecify.annotations.NullMarked
package app.avenant.contract.persistence;
