package app.avenant.mail;

/** When a person hears of a topic by e-mail. */
public enum Delivery {
    /** One message per event, within a minute. */
    IMMEDIATELY,
    /** Gathered in one message each morning. */
    DAILY,
    /** No e-mail: the bell only. */
    NEVER
}
