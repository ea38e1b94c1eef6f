package app.avenant.identity;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of the admin's token list. Never the token itself: only its first characters
 * ({@code displayPrefix}, e.g. "avt_Xk3f9QzA") to tell tokens apart.
 *
 * @param createdByName display name of the admin who created it
 * @param lastUsedAt    last successful call, to the minute; null if never used
 * @param revokedAt     null while the token is active
 * @param revokedByName display name of the admin who revoked it; null while active
 */
public record ApiTokenSummary(
        UUID id,
        String name,
        String displayPrefix,
        String createdByName,
        Instant createdAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt,
        @Nullable String revokedByName) {

    public boolean active() {
        return revokedAt == null;
    }
}
