package app.avenant.contract;

/** The activities PMEs outsource most (issue 15, point 1): each has a ready-made contract template. */
public enum Activity {
    SAISIE_COMPTABLE,
    PAIE,
    SUPPORT_CLIENT,
    INFOGERANCE,
    LOGISTIQUE,
    /** Anything else: the organisation's own templates, or empty terms. */
    AUTRE;

    public String labelKey() {
        return "contract.activity." + name();
    }
}
