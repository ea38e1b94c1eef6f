package app.avenant.identity;

import java.time.Instant;

/**
 * What the invitation page shows before the invitee chooses a password: whom the link invites where, or
 * that it no longer works. {@link Invalid} never says why (unknown, expired, used or revoked read the same).
 */
public sealed interface InvitationPreview {

    record Open(String organisationName, String displayName, String username, Instant expiresAt)
            implements InvitationPreview {}

    record Invalid() implements InvitationPreview {}
}
