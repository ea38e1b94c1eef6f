package app.avenant.contract;

/**
 * What both sides check before a contract is over (mistake 7 of the article: a dependence that leaves no way out):
 * each side ticks each item for itself.
 */
public enum ExitItem {
    /** The provider returned the PME's data, and the PME confirms it has them. */
    DATA_RETURNED,
    /** Accounts, keys and accesses of each side to the other's systems are closed. */
    ACCESSES_REVOKED,
    /** Documentation, procedures and work in progress are handed over. */
    DOCUMENTS_HANDED_OVER;

    public String labelKey() {
        return "contract.exit.item." + name();
    }
}
