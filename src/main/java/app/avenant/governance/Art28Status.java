package app.avenant.governance;

/** Where an article 28 item stands: until someone checked it, it is to be verified. */
public enum Art28Status {
    CONFORME,
    NON_CONFORME,
    A_VERIFIER
}
