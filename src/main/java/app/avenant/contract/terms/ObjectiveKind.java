package app.avenant.contract.terms;

/** The four kinds of value the article names; cost is one of them, never the only one. */
public enum ObjectiveKind {
    TIME_SAVED,
    RELIABILITY,
    CONTINUITY,
    COST
}
