/** What every PDF Avenant writes shares: its embedded fonts. */
@org.jspecify.annotations.NullMarked
package app.avenant.shared.pdf;
