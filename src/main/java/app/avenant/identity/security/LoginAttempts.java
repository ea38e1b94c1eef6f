package app.avenant.identity.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts failed sign-ins and locks what is being guessed: after {@code maxFailures} failures within
 * {@code window} for one key (a username, or a client address), that key is locked for {@code lockout}
 * from the last of those failures; while locked, even the right password is refused. A success forgets
 * the key's failures.
 *
 * <p>Unknown usernames are counted exactly like existing ones, so a lock says nothing about whether an
 * account exists. In memory, per application instance (a deliberate single-node limitation: with several
 * nodes behind a load balancer, each node counts on its own, which multiplies the attempts an attacker
 * gets by the number of nodes). The number of keys remembered is bounded: the least recently failing key
 * is forgotten first, so a flood of random usernames cannot exhaust memory. Time comes from a
 * {@link Clock}, so tests control it.
 */
final class LoginAttempts {

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final int maxKeys;
    /** Per key: its recent failures (oldest first) and the end of its lock; access order, eldest = stalest. */
    private final LinkedHashMap<String, Failures> failures;

    LoginAttempts(Clock clock, int maxFailures, Duration window, Duration lockout, int maxKeys) {
        if (maxFailures < 1 || !window.isPositive() || !lockout.isPositive() || maxKeys < 1) {
            throw new IllegalArgumentException("Positive failures, window, lockout and size are expected");
        }
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
        this.maxKeys = maxKeys;
        this.failures = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > LoginAttempts.this.maxKeys;
            }
        };
    }

    /** Whether {@code key} is locked now. */
    synchronized boolean isLocked(String key) {
        Failures recent = failures.get(key);
        if (recent == null) {
            return false;
        }
        Instant now = clock.instant();
        if (recent.lockedUntil != null && now.isBefore(recent.lockedUntil)) {
            return true;
        }
        if (recent.lockedUntil != null) {
            // the lock is over: the slate is clean, the next failures count from zero
            failures.remove(key);
        }
        return false;
    }

    /** A sign-in for {@code key} failed (not asked while it is locked: a locked key stays locked as decided). */
    synchronized void recordFailure(String key) {
        Instant now = clock.instant();
        Failures recent = failures.computeIfAbsent(key, k -> new Failures());
        if (recent.lockedUntil != null) {
            if (now.isBefore(recent.lockedUntil)) {
                return;
            }
            recent.lockedUntil = null;
            recent.times.clear();
        }
        Instant oldestKept = now.minus(window);
        Iterator<Instant> oldestFirst = recent.times.iterator();
        while (oldestFirst.hasNext() && !oldestFirst.next().isAfter(oldestKept)) {
            oldestFirst.remove();
        }
        recent.times.addLast(now);
        if (recent.times.size() >= maxFailures) {
            recent.lockedUntil = now.plus(lockout);
            recent.times.clear();
        }
    }

    /** A sign-in for {@code key} succeeded: its past failures no longer count. */
    synchronized void recordSuccess(String key) {
        failures.remove(key);
    }

    /** Keys currently remembered (for tests and for the bound). */
    synchronized int size() {
        return failures.size();
    }

    private static final class Failures {
        final Deque<Instant> times = new ArrayDeque<>();
        Instant lockedUntil;
    }
}
