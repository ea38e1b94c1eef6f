package app.avenant.contract.terms;

/** What happened to an item between two versions. */
public enum ChangeKind {
    ADDED,
    REMOVED,
    CHANGED
}
