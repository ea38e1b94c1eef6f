/** How the contract module stores its values (the terms as one JSON document per version). */
@org.jspecify.annotations.NullMarked
package app.avenant.contract.persistence;
