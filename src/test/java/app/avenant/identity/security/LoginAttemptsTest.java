package app.avenant.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The lockout alone, on a clock the test moves: 5 failures within 15 minutes lock for 15 minutes. */
class LoginAttemptsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-10-05T08:00:00Z"));
    private final LoginAttempts attempts =
            new LoginAttempts(clock, 5, Duration.ofMinutes(15), Duration.ofMinutes(15), 3);

    @Test
    void four_failures_do_not_lock() {
        fail("claire", 4, Duration.ofMinutes(1));

        assertThat(attempts.isLocked("claire")).isFalse();
    }

    @Test
    void the_fifth_failure_within_the_window_locks_the_username_for_the_lockout_delay() {
        fail("claire", 5, Duration.ofMinutes(2)); // 08:00 … 08:08, locked until 08:23

        assertThat(attempts.isLocked("claire")).isTrue();
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(attempts.isLocked("claire")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempts.isLocked("claire")).isFalse();
    }

    @Test
    void after_the_lock_the_count_starts_again_from_zero() {
        fail("claire", 5, Duration.ZERO);
        clock.advance(Duration.ofMinutes(15));

        fail("claire", 4, Duration.ZERO);

        assertThat(attempts.isLocked("claire")).isFalse();
    }

    @Test
    void failures_during_the_lock_do_not_extend_it() {
        fail("claire", 5, Duration.ZERO);
        clock.advance(Duration.ofMinutes(10));
        fail("claire", 10, Duration.ZERO);

        clock.advance(Duration.ofMinutes(5));

        assertThat(attempts.isLocked("claire")).isFalse();
    }

    @Test
    void failures_spread_over_more_than_the_window_never_lock() {
        fail("claire", 20, Duration.ofMinutes(4)); // at most 4 in any 15 minutes

        assertThat(attempts.isLocked("claire")).isFalse();
    }

    @Test
    void a_success_forgets_the_earlier_failures() {
        fail("claire", 4, Duration.ZERO);
        attempts.recordSuccess("claire");

        fail("claire", 4, Duration.ZERO);

        assertThat(attempts.isLocked("claire")).isFalse();
    }

    @Test
    void each_key_is_counted_on_its_own() {
        fail("claire", 5, Duration.ZERO);

        assertThat(attempts.isLocked("claire")).isTrue();
        assertThat(attempts.isLocked("paul")).isFalse();
    }

    @Test
    void the_number_of_keys_remembered_is_bounded() {
        for (int i = 0; i < 100; i++) {
            attempts.recordFailure("inconnu-" + i);
        }

        assertThat(attempts.size()).isEqualTo(3);
    }

    private void fail(String key, int times, Duration between) {
        for (int i = 0; i < times; i++) {
            if (i > 0) {
                clock.advance(between);
            }
            attempts.recordFailure(key);
        }
    }
}
