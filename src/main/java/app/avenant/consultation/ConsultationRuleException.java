package app.avenant.consultation;

/** A consultation refuses what its rules forbid; the key is a translation key saying why (nothing is stored). */
public class ConsultationRuleException extends RuntimeException {

    private final String messageKey;

    public ConsultationRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
