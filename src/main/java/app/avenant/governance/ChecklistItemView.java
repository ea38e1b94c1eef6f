package app.avenant.governance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One article 28 item of a contract: who last changed it and when (both null while never set). */
public record ChecklistItemView(
        Art28Item item,
        Art28Status status,
        String comment,
        @Nullable String changedBy,
        @Nullable Instant changedAt) {}
