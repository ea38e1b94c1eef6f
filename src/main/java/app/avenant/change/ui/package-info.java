/**
 * The change request screens: a contract's list of change requests with "Nouvelle demande de
 * modification", and one change request with its impact, diff, revisions, approvals and discussion,
 * updated live through {@link app.avenant.change.live.ChangeFeed}. Thin views over
 * {@link app.avenant.change.ChangeRequests}; the service decides, the screens only hide what it would refuse.
 */
@org.jspecify.annotations.NullMarked
package app.avenant.change.ui;
