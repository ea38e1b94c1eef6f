package app.avenant.identity;

import java.util.UUID;

/** An organisation as other modules see it. */
public record OrganisationRef(UUID id, String name, OrganisationKind kind) {}
