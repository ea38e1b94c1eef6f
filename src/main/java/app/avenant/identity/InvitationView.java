package app.avenant.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the admin's pending invitations: neither accepted nor revoked; {@code expired} once its link
 * no longer works (the admin revokes it and invites again).
 */
public record InvitationView(
        UUID id,
        String username,
        String displayName,
        boolean organisationAdmin,
        String invitedByName,
        Instant createdAt,
        Instant expiresAt,
        boolean expired) {}
