package app.avenant.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Lets the demo data tell a history that happened months ago through the ordinary services, as the people
 * themselves, so that every rule, event and record applies to it (docs/decisions/0032): on the thread that runs
 * {@link #at}, the application's clock reads as if it were then, and time goes on from there. Everywhere else,
 * and on that thread afterwards, it is the real time. Only the application's own clock ({@link ClockConfiguration})
 * honours it: a test that brings its own clock sees the history told at that clock's time.
 */
public final class StoryTime {

    private static final ThreadLocal<@Nullable Duration> BACK = new ThreadLocal<>();

    private StoryTime() {}

    /** Runs {@code work} as if it started at {@code when} (in the past) by {@code clock}'s reading. */
    public static <T> T at(Instant when, Clock clock, Supplier<T> work) {
        Duration previous = BACK.get();
        BACK.set(Duration.ZERO);
        Duration back = Duration.between(when, clock.instant());
        BACK.set(back.isNegative() ? Duration.ZERO : back);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                BACK.remove();
            } else {
                BACK.set(previous);
            }
        }
    }

    public static void at(Instant when, Clock clock, Runnable work) {
        at(when, clock, () -> {
            work.run();
            return null;
        });
    }

    /** A clock that reads {@link #at the story's time} on the thread telling it, else {@code base}. */
    static Clock honouring(Clock base) {
        return new Shifted(base);
    }

    private static final class Shifted extends Clock {

        private final Clock base;

        Shifted(Clock base) {
            this.base = base;
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Shifted(base.withZone(zone));
        }

        @Override
        public Instant instant() {
            Duration back = BACK.get();
            return back == null ? base.instant() : base.instant().minus(back);
        }

        @Override
        public long millis() {
            return instant().toEpochMilli();
        }
    }
}
