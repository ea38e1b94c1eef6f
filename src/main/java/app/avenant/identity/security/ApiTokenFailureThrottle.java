package app.avenant.identity.security;

import app.avenant.shared.cluster.ClusterBus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Slows down whoever guesses tokens: after {@code maxFailures} refused tokens from one client address within
 * {@code window}, that address is refused outright until the oldest of those failures leaves the window.
 *
 * <p>In memory, each node counting every node's failures (told through the cluster bus): enough against a brute
 * force (a token has 256 random bits; this only keeps a noisy client from flooding the database with lookups). The
 * number of addresses remembered is bounded, so a flood of spoofed or rotating addresses cannot exhaust memory: the
 * least recently failing address is forgotten first. Time comes from a {@link Clock}, so tests control it.
 */
final class ApiTokenFailureThrottle {

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final int maxAddresses;
    /** Recent failure times per address, oldest first; access order, so the eldest entry is the stalest. */
    private final LinkedHashMap<String, Deque<Instant>> failures;

    private @Nullable ClusterBus bus;
    private String topic = "";

    /** A refused token, told to the other nodes so that they count it too. */
    record Refused(String address) {}

    ApiTokenFailureThrottle(Clock clock, int maxFailures, Duration window, int maxAddresses) {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || maxAddresses < 1) {
            throw new IllegalArgumentException("A positive number of failures, window and addresses is expected");
        }
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.maxAddresses = maxAddresses;
        this.failures = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
                return size() > ApiTokenFailureThrottle.this.maxAddresses;
            }
        };
    }

    /** How long {@code address} must still wait; empty when it may try a token now. */
    synchronized Optional<Duration> blockedFor(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        forgetOld(recent, now);
        if (recent.isEmpty()) {
            failures.remove(address);
            return Optional.empty();
        }
        if (recent.size() < maxFailures) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, recent.peekFirst().plus(window)));
    }

    /**
     * Counts the failures of every node, not only this one's: with several nodes behind a load balancer, an
     * address does not get one allowance per node (docs/decisions/0054).
     */
    ApiTokenFailureThrottle sharedThrough(ClusterBus bus, String topic) {
        this.bus = bus;
        this.topic = topic;
        bus.listen(topic, Refused.class, refused -> countFailure(refused.address()));
        return this;
    }

    /** A token from {@code address} was refused. */
    void recordFailure(String address) {
        countFailure(address);
        if (bus != null) {
            bus.publish(topic, new Refused(address));
        }
    }

    private synchronized void countFailure(String address) {
        Instant now = clock.instant();
        Deque<Instant> recent = failures.computeIfAbsent(address, key -> new ArrayDeque<>(maxFailures));
        forgetOld(recent, now);
        recent.addLast(now);
        while (recent.size() > maxFailures) {
            recent.removeFirst(); // only the last maxFailures matter
        }
    }

    /** Addresses currently remembered (for tests and for the bound). */
    synchronized int size() {
        return failures.size();
    }

    private void forgetOld(Deque<Instant> recent, Instant now) {
        Instant oldestKept = now.minus(window);
        Iterator<Instant> oldestFirst = recent.iterator();
        while (oldestFirst.hasNext() && !oldestFirst.next().isAfter(oldestKept)) {
            oldestFirst.remove();
        }
    }
}
