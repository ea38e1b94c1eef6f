package app.avenant.contract.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Deadlines counted as French contracts count them, on the weeks of May 2026 where a calendar-hour count goes wrong:
 * Friday 1 May (Labour Day), Friday 8 May (Victory in Europe), Thursday 14 May (Ascension).
 */
class DeadlineTest {

    private static Deadline of(int amount, DeadlineUnit unit) {
        return new Deadline(amount, unit, WorkingCalendar.FRANCE, "saisie");
    }

    private static LocalDateTime at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute);
    }

    private static LocalDateTime endOf(int month, int day) {
        return LocalDate.of(2026, month, day).atTime(Deadline.END_OF_DAY);
    }

    @Nested
    class Calendar {

        @Test
        void mayHasFourPublicHolidaysIn2026AndTheBridgeDayIsWorked() {
            WorkingCalendar france = WorkingCalendar.FRANCE;
            assertThat(france.holidays(2026))
                    .contains(
                            LocalDate.of(2026, 5, 1),
                            LocalDate.of(2026, 5, 8),
                            LocalDate.of(2026, 5, 14),
                            LocalDate.of(2026, 5, 25))
                    .hasSize(11);
            // the Friday after Ascension is a "pont" some take off, not a public holiday
            assertThat(france.isWorkingDay(LocalDate.of(2026, 5, 15))).isTrue();
            // May 2026 has 17 working days: 21 weekdays less four holidays
            assertThat(LocalDate.of(2026, 5, 1)
                            .datesUntil(LocalDate.of(2026, 6, 1))
                            .filter(france::isWorkingDay)
                            .count())
                    .isEqualTo(17);
        }

        @Test
        void alsaceMoselleAddsGoodFridayAndSaintStephen() {
            assertThat(WorkingCalendar.ALSACE_MOSELLE.holidays(2026))
                    .containsAll(WorkingCalendar.FRANCE.holidays(2026))
                    .contains(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 12, 26))
                    .hasSize(13);
            assertThat(WorkingCalendar.FRANCE.isWorkingDay(LocalDate.of(2026, 4, 3)))
                    .isTrue();
        }
    }

    @Nested
    class WorkingDays {

        @Test
        void weekOfFirstMay() {
            // requested on Thursday 30 April: Friday 1 May is a holiday, then the weekend
            Deadline twoDays = of(2, DeadlineUnit.WORKING_DAYS);
            assertThat(twoDays.dueAt(at(4, 30, 15, 0))).isEqualTo(endOf(5, 5));
            // delivered on Tuesday evening is in time, on Wednesday morning is late
            assertThat(at(5, 5, 17, 30)).isBefore(twoDays.dueAt(at(4, 30, 15, 0)));
            assertThat(at(5, 6, 8, 0)).isAfter(twoDays.dueAt(at(4, 30, 15, 0)));
            // the same 48 h on the clock end on Saturday
            assertThat(of(48, DeadlineUnit.CALENDAR_HOURS).dueAt(at(4, 30, 15, 0)))
                    .isEqualTo(at(5, 2, 15, 0));
        }

        @Test
        void weekOfEighthMay() {
            // requested on Thursday 7 May: Friday 8 May is a holiday
            assertThat(of(1, DeadlineUnit.WORKING_DAYS).dueAt(at(5, 7, 11, 0))).isEqualTo(endOf(5, 11));
            assertThat(of(2, DeadlineUnit.WORKING_DAYS).dueAt(at(5, 7, 11, 0))).isEqualTo(endOf(5, 12));
        }

        @Test
        void weekOfAscension() {
            // requested on Wednesday 13 May: Thursday 14 is Ascension, Friday 15 is worked
            assertThat(of(2, DeadlineUnit.WORKING_DAYS).dueAt(at(5, 13, 10, 0))).isEqualTo(endOf(5, 18));
            // a request on the holiday itself counts from the next working day
            assertThat(of(1, DeadlineUnit.WORKING_DAYS).dueAt(at(5, 14, 10, 0))).isEqualTo(endOf(5, 15));
            // and Whit Monday, 25 May, is skipped too
            assertThat(of(1, DeadlineUnit.WORKING_DAYS).dueAt(at(5, 22, 10, 0))).isEqualTo(endOf(5, 26));
        }

        @Test
        void alsaceMoselleCountsGoodFridayAndSaintStephenAsHolidays() {
            Deadline france = of(2, DeadlineUnit.WORKING_DAYS);
            Deadline alsace = new Deadline(2, DeadlineUnit.WORKING_DAYS, WorkingCalendar.ALSACE_MOSELLE, "saisie");
            // Thursday 2 April 2026: Good Friday 3 April, Easter Monday 6 April
            assertThat(france.dueAt(at(4, 2, 10, 0))).isEqualTo(endOf(4, 7));
            assertThat(alsace.dueAt(at(4, 2, 10, 0))).isEqualTo(endOf(4, 8));
            // Wednesday 24 December 2025: Christmas on Thursday, Saint Stephen on Friday
            LocalDateTime christmasEve = LocalDateTime.of(2025, 12, 24, 10, 0);
            assertThat(france.dueAt(christmasEve).toLocalDate()).isEqualTo(LocalDate.of(2025, 12, 29));
            assertThat(alsace.dueAt(christmasEve).toLocalDate()).isEqualTo(LocalDate.of(2025, 12, 30));
        }
    }

    @Nested
    class WorkingHours {

        @Test
        void weekOfFirstMayCarriesTheRestToMondayMorning() {
            // 16:00 on Thursday 30 April: two office hours that day, two on Monday 4 May
            Deadline fourHours = of(4, DeadlineUnit.WORKING_HOURS);
            assertThat(fourHours.dueAt(at(4, 30, 16, 0))).isEqualTo(at(5, 4, 11, 0));

            assertThat(of(4, DeadlineUnit.CALENDAR_HOURS).dueAt(at(4, 30, 16, 0)))
                    .isEqualTo(at(4, 30, 20, 0));
        }

        @Test
        void aFullOfficeDayEndsAtClosingNotTheNextMorning() {
            assertThat(of(9, DeadlineUnit.WORKING_HOURS).dueAt(at(5, 6, 9, 0))).isEqualTo(at(5, 6, 18, 0));
            // 48 office hours from Thursday 7 May, 9:00: five full days (8 May and Ascension skipped), then 3 hours
            assertThat(of(48, DeadlineUnit.WORKING_HOURS).dueAt(at(5, 7, 9, 0))).isEqualTo(at(5, 18, 12, 0));
        }

        @Test
        void aRequestOutsideOfficeHoursStartsTheNextWorkingMorning() {
            // Wednesday 13 May at 20:00: Thursday 14 is Ascension, so the clock starts on Friday 15 at 9:00
            assertThat(of(3, DeadlineUnit.WORKING_HOURS).dueAt(at(5, 13, 20, 0)))
                    .isEqualTo(at(5, 15, 12, 0));
            // before opening on a working day: from the opening
            assertThat(of(3, DeadlineUnit.WORKING_HOURS).dueAt(at(5, 13, 7, 30)))
                    .isEqualTo(at(5, 13, 12, 0));
        }
    }
}
