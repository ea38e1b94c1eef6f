package app.avenant.governance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An open action item of a review, owned by the reader, due soon or overdue: what the bell lists under "À faire"
 * until it is ticked done (docs/decisions/0032).
 *
 * @param overdue its due date is before today (Europe/Paris); due today is still on time
 */
public record ActionDue(
        UUID id, UUID reviewId, UUID contractId, String description, LocalDate dueDate, boolean overdue) {}
