package app.avenant.identity;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person as the mail module addresses them.
 *
 * @param email  null when they gave no address: nothing can reach them by e-mail
 * @param active false for a suspended or removed account: it receives nothing
 */
public record MailAddressee(
        UUID id, String displayName, @Nullable String email, Locale locale, UUID organisationId, boolean active) {

    public boolean reachable() {
        return active && email != null;
    }
}
