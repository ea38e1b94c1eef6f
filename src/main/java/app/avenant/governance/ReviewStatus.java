package app.avenant.governance;

/** A review is planned, then held: from then on its minutes, decisions and attendees are the record. */
public enum ReviewStatus {
    PLANNED,
    HELD
}
