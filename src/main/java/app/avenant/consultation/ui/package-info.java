/**
 * The consultation screens: the list, the need a PME describes, and one consultation as each side reads it (the PME
 * compares and chooses, a provider answers). Thin views over {@link app.avenant.consultation.Consultations}.
 */
@org.jspecify.annotations.NullMarked
package app.avenant.consultation.ui;
