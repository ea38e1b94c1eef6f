package app.avenant.governance;

import java.time.LocalDateTime;

/**
 * A review to plan.
 *
 * @param startsAt        local time in Europe/Paris
 * @param durationMinutes 15 minutes to 8 hours
 * @param agenda          1 to 4000 characters
 */
public record NewReview(LocalDateTime startsAt, int durationMinutes, String agenda) {}
