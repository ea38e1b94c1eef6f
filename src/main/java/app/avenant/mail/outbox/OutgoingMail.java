package app.avenant.mail.outbox;

import app.avenant.mail.domain.Letter;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message ready to leave.
 *
 * @param unsubscribeUrl for the {@code List-Unsubscribe} headers (RFC 8058), null for an invitation
 */
public record OutgoingMail(
        UUID id, String to, Letter letter, @Nullable String unsubscribeUrl) {}
