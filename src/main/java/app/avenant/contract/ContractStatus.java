package app.avenant.contract;

/** Life-cycle of a contract: brouillon, pilote, actif, suspendu, terminé. */
public enum ContractStatus {
    DRAFT,
    PILOT,
    ACTIVE,
    SUSPENDED,
    TERMINATED
}
