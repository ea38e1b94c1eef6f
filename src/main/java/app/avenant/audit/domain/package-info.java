/** The chain itself (entries, head, hashing), the recorder and the listeners that feed it. */
@org.jspecify.annotations.NullMarked
package app.avenant.audit.domain;
