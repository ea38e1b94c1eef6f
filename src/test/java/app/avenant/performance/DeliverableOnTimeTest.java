package app.avenant.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** When a deliverable is on time, to the minute when a deadline set its due moment, else by its due day. */
class DeliverableOnTimeTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 5, 4);

    private static DeliverableInput delivered(LocalDate on) {
        return new DeliverableInput("T-1", "support", MONDAY, on, 1, QualityOutcome.FIRST_PASS, null);
    }

    @Test
    void atTheVeryDueMomentIsOnTimeAMinuteLaterIsLate() {
        // 4 working hours from Thursday 30 April, 16:00: Monday 4 May, 11:00
        DeliverableInput due = delivered(MONDAY).dueBy(MONDAY.atTime(11, 0));
        assertThat(due.withTimes(LocalDateTime.of(2026, 4, 30, 16, 0), MONDAY.atTime(11, 0))
                        .onTime())
                .isTrue();
        assertThat(due.withTimes(LocalDateTime.of(2026, 4, 30, 16, 0), MONDAY.atTime(11, 1))
                        .onTime())
                .isFalse();
    }

    @Test
    void withoutTimesTheDaysDecideAndAPendingOneIsNeither() {
        assertThat(delivered(MONDAY).onTime()).isTrue();
        assertThat(delivered(MONDAY.plusDays(1)).onTime()).isFalse();
        assertThat(new DeliverableInput("T-2", "support", MONDAY, null, 1, null, null).onTime())
                .isNull();
    }
}
