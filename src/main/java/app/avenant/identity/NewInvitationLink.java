package app.avenant.identity;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An invitation just made. {@code path} ({@code invitation/<token>}, relative to the application's address)
 * is the only copy of the link there will ever be besides the e-mail sent to {@code emailedTo} (when the admin gave
 * an address): only its token's hash is stored.
 */
public record NewInvitationLink(
        UUID invitationId,
        String username,
        String displayName,
        String path,
        Instant expiresAt,
        @Nullable String emailedTo) {

    /** Never let the link reach a log line through {@code toString()}. */
    @Override
    public String toString() {
        return "NewInvitationLink[" + invitationId + ", " + username + ", expires " + expiresAt + "]";
    }
}
