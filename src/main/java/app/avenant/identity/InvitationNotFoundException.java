package app.avenant.identity;

import java.util.UUID;

/** No pending invitation of that id in the caller's organisation (another organisation's reads the same). */
public class InvitationNotFoundException extends RuntimeException {

    public InvitationNotFoundException(UUID invitationId) {
        super("No invitation " + invitationId);
    }
}
