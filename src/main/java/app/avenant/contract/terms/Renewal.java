package app.avenant.contract.terms;

/** How a term ends: renewed unless notice is given (tacite reconduction) or only by express agreement. */
public enum Renewal {
    TACIT,
    EXPRESS
}
