package app.avenant.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.governance.MeetingPack.PackPeriod;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PackPeriodsTest {

    private static final YearMonth START = YearMonth.of(2026, 1);
    private static final YearMonth NOW = YearMonth.of(2026, 11);

    @Test
    void after_a_held_review_the_pack_covers_the_months_since_up_to_the_reviews_month() {
        PackPeriod period = PackPeriods.choose(YearMonth.of(2026, 9), NOW, YearMonth.of(2026, 6), START);
        assertThat(period).isEqualTo(new PackPeriod(YearMonth.of(2026, 7), YearMonth.of(2026, 9)));
        assertThat(period.months()).isEqualTo(3);
    }

    @Test
    void without_a_held_review_it_covers_the_last_three_months() {
        assertThat(PackPeriods.choose(YearMonth.of(2026, 9), NOW, null, START))
                .isEqualTo(new PackPeriod(YearMonth.of(2026, 7), YearMonth.of(2026, 9)));
    }

    @Test
    void it_never_starts_before_the_contracts_first_month() {
        assertThat(PackPeriods.choose(YearMonth.of(2026, 2), NOW, null, START))
                .isEqualTo(new PackPeriod(START, YearMonth.of(2026, 2)));
    }

    @Test
    void a_review_planned_ahead_shows_what_is_measured_up_to_this_month() {
        assertThat(PackPeriods.choose(YearMonth.of(2027, 1), NOW, YearMonth.of(2026, 9), START))
                .isEqualTo(new PackPeriod(YearMonth.of(2026, 10), NOW));
    }

    @Test
    void a_long_gap_since_the_last_review_is_capped_at_twelve_months() {
        PackPeriod period =
                PackPeriods.choose(YearMonth.of(2028, 6), YearMonth.of(2028, 6), YearMonth.of(2026, 1), START);
        assertThat(period).isEqualTo(new PackPeriod(YearMonth.of(2027, 7), YearMonth.of(2028, 6)));
        assertThat(period.months()).isEqualTo(PackPeriods.MAX_MONTHS);
    }

    @Test
    void a_second_review_in_the_month_of_the_last_one_covers_that_month() {
        assertThat(PackPeriods.choose(YearMonth.of(2026, 9), NOW, YearMonth.of(2026, 9), START))
                .isEqualTo(new PackPeriod(YearMonth.of(2026, 9), YearMonth.of(2026, 9)));
    }

    @Test
    void a_contract_not_started_yet_covers_the_reviews_month_only() {
        assertThat(PackPeriods.choose(YearMonth.of(2026, 3), NOW, null, YearMonth.of(2026, 6)))
                .isEqualTo(new PackPeriod(YearMonth.of(2026, 3), YearMonth.of(2026, 3)));
    }
}
