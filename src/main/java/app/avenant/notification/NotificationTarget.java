package app.avenant.notification;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a notification leads to, as data: the bell turns it into a URL through the owning modules' navigation
 * (docs/decisions/0021), so no URL is stored or built in the domain and a moved screen moves old entries too.
 *
 * @param changeRequestId only for {@link Screen#CHANGE_REQUEST}
 * @param reviewId        only for {@link Screen#REVIEW}
 * @param month           for {@link Screen#CONTRACT_STATEMENT}: the month to open (ISO, "2026-10"), or null for the
 *                        screen's own default
 */
public record NotificationTarget(
        Screen screen,
        UUID contractId,
        @Nullable UUID changeRequestId,
        @Nullable UUID reviewId,
        @Nullable String month) {

    public enum Screen {
        /** The change request itself. */
        CHANGE_REQUEST,
        /** The contract's history, where an accepted request's new version is. */
        CONTRACT_HISTORY,
        /** The contract's team, where the contact persons are. */
        CONTRACT_TEAM,
        /** The contract's performance overview: deadlines and the penalty cap. */
        CONTRACT_OVERVIEW,
        /** The contract's monthly statement, where a month is validated. */
        CONTRACT_STATEMENT,
        /** A comité de pilotage, where an action it decided is ticked done. */
        REVIEW,
        /** The contract's own tab: its status, pilot and exit checklist. */
        CONTRACT
    }

    public NotificationTarget {
        if (screen == Screen.CHANGE_REQUEST) {
            Objects.requireNonNull(changeRequestId, "a change request's target needs its id");
        }
        if (screen == Screen.REVIEW) {
            Objects.requireNonNull(reviewId, "a review's target needs its id");
        }
    }

    public static NotificationTarget changeRequest(UUID contractId, UUID changeRequestId) {
        return new NotificationTarget(Screen.CHANGE_REQUEST, contractId, changeRequestId, null, null);
    }

    public static NotificationTarget review(UUID contractId, UUID reviewId) {
        return new NotificationTarget(Screen.REVIEW, contractId, null, reviewId, null);
    }

    public static NotificationTarget of(Screen screen, UUID contractId) {
        return new NotificationTarget(screen, contractId, null, null, null);
    }

    /** A month's statement, opened on that month. */
    public static NotificationTarget statement(UUID contractId, @Nullable String month) {
        return new NotificationTarget(Screen.CONTRACT_STATEMENT, contractId, null, null, month);
    }
}
