package app.avenant.consultation;

/** Where a consultation stands: offers awaited, an offer chosen (a contract exists), or closed without a choice. */
public enum ConsultationStatus {
    OPEN,
    DECIDED,
    CLOSED;

    public String labelKey() {
        return "consultation.status." + name();
    }
}
