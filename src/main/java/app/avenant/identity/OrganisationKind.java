package app.avenant.identity;

/** A PME that outsources work (client) or a provider (prestataire). */
public enum OrganisationKind {
    CLIENT,
    PROVIDER
}
