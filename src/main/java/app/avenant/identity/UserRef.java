package app.avenant.identity;

import java.util.UUID;

/** A user account as other modules see it. */
public record UserRef(UUID id, String username, String displayName, UUID organisationId) {}
