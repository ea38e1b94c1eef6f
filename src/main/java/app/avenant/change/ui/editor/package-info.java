/**
 * The editor of proposed terms (a change request's revision): the same parts as the contract workspace,
 * editable, with every rule of the terms shown next to its field, and the screen that saves a revision.
 */
@org.jspecify.annotations.NullMarked
package app.avenant.change.ui.editor;
