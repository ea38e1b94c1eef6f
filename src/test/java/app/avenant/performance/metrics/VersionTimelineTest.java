package app.avenant.performance.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.VersionAdoption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionTimelineTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static Instant paris(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(PARIS).toInstant();
    }

    private static VersionTimeline timeline(VersionAdoption... adoptions) {
        return new VersionTimeline(List.of(adoptions));
    }

    @Test
    void a_contract_without_version_prices_nothing() {
        VersionTimeline none = timeline();

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.versionPricing(YearMonth.of(2026, 6))).isZero();
        assertThat(none.currentVersion()).isZero();
    }

    @Test
    void an_amendment_adopted_on_20_june_prices_june_and_not_may() {
        VersionTimeline timeline = timeline(
                new VersionAdoption(1, paris(2026, 1, 5, 9, 0)), new VersionAdoption(2, paris(2026, 6, 20, 14, 0)));

        assertThat(timeline.versionPricing(YearMonth.of(2026, 5))).isEqualTo(1);
        assertThat(timeline.versionPricing(YearMonth.of(2026, 6))).isEqualTo(2);
        assertThat(timeline.versionPricing(YearMonth.of(2026, 7))).isEqualTo(2);
        assertThat(timeline.currentVersion()).isEqualTo(2);
    }

    @Test
    void adopted_at_23_59_paris_on_31_march_prices_march() {
        VersionTimeline timeline = timeline(
                new VersionAdoption(1, paris(2026, 1, 5, 9, 0)), new VersionAdoption(2, paris(2026, 3, 31, 23, 59)));

        assertThat(timeline.versionPricing(YearMonth.of(2026, 3))).isEqualTo(2);
        assertThat(timeline.versionPricing(YearMonth.of(2026, 2))).isEqualTo(1);
    }

    @Test
    void adopted_at_midnight_paris_on_1_april_prices_april_though_it_is_still_march_in_utc() {
        // summer time since 29 March 2026: 1 April 00:00 in Paris is 31 March 22:00 UTC
        Instant midnight = paris(2026, 4, 1, 0, 0);
        assertThat(midnight).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
        VersionTimeline timeline =
                timeline(new VersionAdoption(1, paris(2026, 1, 5, 9, 0)), new VersionAdoption(2, midnight));

        assertThat(timeline.versionPricing(YearMonth.of(2026, 3))).isEqualTo(1);
        assertThat(timeline.versionPricing(YearMonth.of(2026, 4))).isEqualTo(2);
    }

    @Test
    void version_1_covers_the_months_before_its_adoption() {
        VersionTimeline timeline = timeline(
                new VersionAdoption(1, paris(2026, 3, 10, 9, 0)), new VersionAdoption(2, paris(2026, 9, 1, 9, 0)));

        assertThat(timeline.versionPricing(YearMonth.of(2026, 1))).isEqualTo(1);
        assertThat(timeline.versionPricing(YearMonth.of(2025, 11))).isEqualTo(1);
        assertThat(timeline.versionPricing(YearMonth.of(2026, 8))).isEqualTo(1);
    }

    @Test
    void of_two_versions_adopted_in_one_month_the_later_prices_it() {
        VersionTimeline timeline = timeline(
                new VersionAdoption(1, paris(2026, 1, 5, 9, 0)),
                new VersionAdoption(2, paris(2026, 6, 3, 9, 0)),
                new VersionAdoption(3, paris(2026, 6, 25, 9, 0)));

        assertThat(timeline.versionPricing(YearMonth.of(2026, 5))).isEqualTo(1);
        assertThat(timeline.versionPricing(YearMonth.of(2026, 6))).isEqualTo(3);
        assertThat(timeline.currentVersion()).isEqualTo(3);
    }

    @Test
    void a_day_is_priced_by_the_version_pricing_its_month() {
        VersionTimeline timeline = timeline(
                new VersionAdoption(1, paris(2026, 1, 5, 9, 0)), new VersionAdoption(2, paris(2026, 6, 20, 14, 0)));

        assertThat(timeline.versionOn(LocalDate.of(2026, 6, 1))).isEqualTo(2);
        assertThat(timeline.versionOn(LocalDate.of(2026, 5, 31))).isEqualTo(1);
    }
}
