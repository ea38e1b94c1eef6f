/** The contract's audit trail screen. */
@org.jspecify.annotations.NullMarked
package app.avenant.audit.ui;
