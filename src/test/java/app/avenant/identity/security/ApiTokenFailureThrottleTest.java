package app.avenant.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The throttle alone, on a clock the test moves. */
class ApiTokenFailureThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-10-05T08:00:00Z"));
    private final ApiTokenFailureThrottle throttle = new ApiTokenFailureThrottle(clock, 10, Duration.ofMinutes(1), 3);

    @Test
    void nine_failures_within_a_minute_still_let_the_address_try() {
        failTimes("10.0.0.1", 9, Duration.ofSeconds(5));

        assertThat(throttle.blockedFor("10.0.0.1")).isEmpty();
    }

    @Test
    void the_tenth_failure_within_a_minute_blocks_the_address_until_the_first_leaves_the_window() {
        failTimes("10.0.0.1", 10, Duration.ofSeconds(5)); // 08:00:00 … 08:00:45

        assertThat(throttle.blockedFor("10.0.0.1")).contains(Duration.ofSeconds(15)); // first one leaves at 08:01:00
        clock.advance(Duration.ofSeconds(14));
        assertThat(throttle.blockedFor("10.0.0.1")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.blockedFor("10.0.0.1")).isEmpty();
    }

    @Test
    void failures_spread_over_more_than_a_minute_never_block() {
        failTimes("10.0.0.1", 30, Duration.ofSeconds(7)); // at most 9 in any minute

        assertThat(throttle.blockedFor("10.0.0.1")).isEmpty();
    }

    @Test
    void one_address_blocked_leaves_the_others_alone() {
        failTimes("10.0.0.1", 10, Duration.ZERO);

        assertThat(throttle.blockedFor("10.0.0.1")).isPresent();
        assertThat(throttle.blockedFor("10.0.0.2")).isEmpty();
    }

    @Test
    void the_number_of_addresses_remembered_is_bounded_forgetting_the_stalest_first() {
        failTimes("10.0.0.1", 10, Duration.ZERO);
        throttle.recordFailure("10.0.0.2");
        throttle.recordFailure("10.0.0.3");
        throttle.recordFailure("10.0.0.4"); // a fourth address: the bound is 3

        assertThat(throttle.size()).isEqualTo(3);
        assertThat(throttle.blockedFor("10.0.0.1")).isEmpty(); // forgotten
    }

    @Test
    void an_address_whose_failures_are_all_old_is_forgotten() {
        failTimes("10.0.0.1", 3, Duration.ZERO);
        clock.advance(Duration.ofMinutes(2));

        assertThat(throttle.blockedFor("10.0.0.1")).isEmpty();
        assertThat(throttle.size()).isZero();
    }

    private void failTimes(String address, int times, Duration between) {
        for (int i = 0; i < times; i++) {
            if (i > 0) {
                clock.advance(between);
            }
            throttle.recordFailure(address);
        }
    }
}
