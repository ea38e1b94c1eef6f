package app.avenant.notification;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the bell.
 *
 * @param route where the entry leads (the change request, or the contract's history once accepted)
 */
public record NotificationView(UUID id, NotificationKind kind, int changeRequestNumber,
                               @Nullable Integer producedVersion, String actorName, Instant createdAt, boolean read,
                               String route) {
}
