package app.avenant.identity;

import java.util.UUID;

/** What happened to an invitation, published by {@link Invitations} in the transaction that did it. */
public sealed interface InvitationEvent {

    UUID invitationId();

    UUID organisationId();

    /** The username the invitation promises (and the accepted account has). */
    String username();

    record Created(UUID invitationId, UUID organisationId, String username, boolean organisationAdmin, UUID invitedBy)
            implements InvitationEvent {}

    /** The invitee chose a password: {@code userId} is the account just created. */
    record Accepted(UUID invitationId, UUID organisationId, String username, UUID userId) implements InvitationEvent {}

    record Revoked(UUID invitationId, UUID organisationId, String username, UUID revokedBy)
            implements InvitationEvent {}
}
