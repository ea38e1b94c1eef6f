/** Governance internals: reviews, action items, cadences and calendar feeds as JPA entities. */
@org.jspecify.annotations.NullMarked
package app.avenant.governance.domain;
