package app.avenant.mail.outbox;

import org.jspecify.annotations.Nullable;

/** Where messages leave: an SMTP server when one is configured, files under the data folder otherwise. */
public interface MailTransport {

    /**
     * @return where the message was stored when it is a file (shown to the admin), null when a server took it
     * @throws MailRefused when the server is unreachable or refuses it: the outbox tries again later
     */
    @Nullable
    String send(OutgoingMail mail) throws MailRefused;

    /** "SMTP mail.example.fr:587" or "fichiers .eml dans data/mail", for the admin's screen. */
    String describe();

    /** True when messages are only written as files (no server configured). */
    boolean filesOnly();

    final class MailRefused extends Exception {
        public MailRefused(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
