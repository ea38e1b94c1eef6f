package app.avenant.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An action item as screens show it.
 *
 * @param overdue not done and due before today (Europe/Paris)
 */
public record ActionItemView(
        UUID id,
        UUID reviewId,
        String description,
        UUID ownerId,
        String ownerName,
        LocalDate dueDate,
        boolean done,
        @Nullable Instant doneAt,
        @Nullable String doneByName,
        boolean overdue) {}
