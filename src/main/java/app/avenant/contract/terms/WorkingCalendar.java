package app.avenant.contract.terms;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which days are worked: Monday to Friday except French public holidays (Jollyday's calendar: 1 January, Easter
 * Monday, 1 May, 8 May, Ascension, Whit Monday, 14 July, 15 August, 1 November, 11 November, 25 December).
 * {@link #ALSACE_MOSELLE} adds the local law's two days (Code du travail, art. L3134-13): Good Friday and
 * 26 December, as Jollyday's Bas-Rhin calendar lists them (decision 0053).
 */
public enum WorkingCalendar {
    FRANCE(new String[0]),
    /** Moselle, Bas-Rhin and Haut-Rhin: the Bas-Rhin subdivision carries both extra days. */
    ALSACE_MOSELLE(new String[] {"ges", "67"});

    /**
     * Jollyday's French calendar, read (through JAXB) when a day is first counted rather than when a terms document
     * naming a calendar is read.
     */
    private static final class Holidays {
        static final HolidayManager FRANCE =
                HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.FRANCE));
    }

    /** Holidays per year, computed once: a month's statement asks about the same days thousands of times. */
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    private final String[] subdivision;

    WorkingCalendar(String[] subdivision) {
        this.subdivision = subdivision;
    }

    /** The public holidays of a year, in date order. */
    public Set<LocalDate> holidays(int year) {
        return holidaysByYear.computeIfAbsent(year, y -> {
            Set<LocalDate> days = new TreeSet<>();
            for (Holiday holiday : Holidays.FRANCE.getHolidays(Year.of(y), subdivision)) {
                days.add(holiday.getDate());
            }
            return Set.copyOf(days);
        });
    }

    public boolean isHoliday(LocalDate day) {
        return holidays(day.getYear()).contains(day);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isHoliday(day);
    }

    /** The first working day strictly after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
