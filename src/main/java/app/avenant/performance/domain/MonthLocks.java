package app.avenant.performance.domain;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Which months of a contract are locked: both sides validated the month's statement (its latest revision).
 * Deliverables and measurements of a locked month are refused until a new revision reopens it.
 */
public interface MonthLocks {

    /** The locked months among {@code months}: one query whatever their number. */
    Set<YearMonth> lockedAmong(UUID contractId, Collection<YearMonth> months);

    /**
     * Whether {@code month} has ended: only then may its statement be validated, so a month that has not ended is
     * never locked.
     */
    static boolean ended(YearMonth month, Clock clock) {
        return month.isBefore(YearMonth.now(clock));
    }

    default boolean isLocked(UUID contractId, YearMonth month) {
        return !lockedAmong(contractId, Set.of(month)).isEmpty();
    }
}
