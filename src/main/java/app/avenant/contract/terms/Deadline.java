package app.avenant.contract.terms;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The time a service level gives to deliver, and the scope item whose deliverables it measures: each deliverable of
 * that item recorded with the moment it was requested is due {@link #dueAt} that moment; the level's monthly result
 * is the share of that item's deliverables delivered by then. Times are the contract's local times (France).
 *
 * @param amount       how many units, 1 to {@link #MAX_HOURS} hours or {@link #MAX_DAYS} days
 * @param unit         calendar hours, working hours or working days
 * @param calendar     which days are worked (France, or Alsace-Moselle's two extra holidays)
 * @param scopeItemKey the scope item whose deliverables are measured
 */
public record Deadline(int amount, DeadlineUnit unit, WorkingCalendar calendar, String scopeItemKey) {

    public static final int MAX_HOURS = 2_000;
    public static final int MAX_DAYS = 250;

    /** Office time counted by {@link DeadlineUnit#WORKING_HOURS}. */
    public static final LocalTime OPENING = LocalTime.of(9, 0);

    public static final LocalTime CLOSING = LocalTime.of(18, 0);

    /**
     * The last instant of a day as the databases keep it (to the microsecond): {@code LocalTime.MAX} would be rounded
     * up to the next midnight by one of them.
     */
    public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59, 999_999_000);

    /** Due by the end of a day rather than at an hour. */
    public static boolean isEndOfDay(LocalDateTime due) {
        return !due.toLocalTime().isBefore(END_OF_DAY);
    }

    public int maxAmount() {
        return unit == DeadlineUnit.WORKING_DAYS ? MAX_DAYS : MAX_HOURS;
    }

    /** When a deliverable requested at {@code requested} is due. */
    public LocalDateTime dueAt(LocalDateTime requested) {
        return switch (unit) {
            case CALENDAR_HOURS -> requested.plusHours(amount);
            case WORKING_HOURS -> afterOfficeTime(requested, Duration.ofHours(amount));
            case WORKING_DAYS -> lastWorkingDay(requested.toLocalDate()).atTime(END_OF_DAY);
        };
    }

    private LocalDate lastWorkingDay(LocalDate requestDay) {
        LocalDate day = requestDay;
        for (int i = 0; i < amount; i++) {
            day = calendar.nextWorkingDay(day);
        }
        return day;
    }

    /**
     * Walks office time day by day: what remains of the request's day (from its time or the opening, whichever is
     * later), then whole working days. A deadline that ends exactly at closing time is due at closing, not the next
     * morning.
     */
    private LocalDateTime afterOfficeTime(LocalDateTime requested, Duration time) {
        LocalDate day = requested.toLocalDate();
        LocalTime from = requested.toLocalTime().isBefore(OPENING) ? OPENING : requested.toLocalTime();
        if (!calendar.isWorkingDay(day) || !from.isBefore(CLOSING)) {
            day = calendar.nextWorkingDay(day);
            from = OPENING;
        }
        Duration left = time;
        while (true) {
            Duration open = Duration.between(from, CLOSING);
            if (left.compareTo(open) <= 0) {
                return day.atTime(from.plus(left));
            }
            left = left.minus(open);
            day = calendar.nextWorkingDay(day);
            from = OPENING;
        }
    }
}
