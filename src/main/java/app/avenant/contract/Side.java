package app.avenant.contract;

/** The two parties of every contract: the PME (client) and its provider (prestataire). */
public enum Side {
    CLIENT,
    PROVIDER
}
