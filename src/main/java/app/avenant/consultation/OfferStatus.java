package app.avenant.consultation;

/** One invited provider's offer: awaited, sent, declined, then chosen or not once the PME decided. */
public enum OfferStatus {
    INVITED,
    ANSWERED,
    DECLINED,
    CHOSEN,
    NOT_CHOSEN;

    public String labelKey() {
        return "consultation.offer.status." + name();
    }
}
