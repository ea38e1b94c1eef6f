package app.avenant.governance.ui;

import app.avenant.shared.ui.NotFoundState;

/**
 * The portal's one "introuvable" ({@link NotFoundState}) in the steering screens' words, for a malformed id, a
 * missing contract or review, or one of another organisation, so that nobody learns whether it exists.
 */
class GovernanceNotFound extends NotFoundState {

    GovernanceNotFound() {
        super("governance.notFound", "av-gov-not-found");
    }
}
