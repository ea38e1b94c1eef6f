/**
 * Unsaved edits of the proposal editor kept in the database, per person and change request
 * (docs/decisions/0030): restored when that person opens the editor again, whatever happened to their browser,
 * session or the portal meanwhile; and, per person and contract, what was typed in the "new change request" dialog
 * and not created yet (its addendum). Internal to the change module; only the author of a draft ever reads it.
 */
@org.jspecify.annotations.NullMarked
package app.avenant.change.draft;
