package app.avenant.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a user's calendar feed holds: the reviews of their contracts and their own open action items. */
public record MyCalendar(List<Entry> reviews, List<Action> actions) {

    public record Entry(
            UUID reviewId,
            String contractReference,
            Instant startsAt,
            Instant endsAt,
            String agenda,
            ReviewStatus status) {}

    public record Action(UUID actionId, String contractReference, String description, LocalDate dueDate) {}
}
