/** Governance screens: a contract's reviews, one review's record and action items, the calendar feed. */
@org.jspecify.annotations.NullMarked
package app.avenant.governance.ui;
