package app.avenant.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NotificationFeedTest {

    private final NotificationFeed feed = new NotificationFeed(Runnable::run);

    /** A bell's count where the test only looks at who is told. */
    private static final java.util.function.Supplier<PendingActions> NONE = () -> new PendingActions(0, 0, 0);

    @Test
    void only_the_screens_of_the_notified_users_are_told() {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        AtomicInteger aliceCalls = new AtomicInteger();
        AtomicInteger bobCalls = new AtomicInteger();
        feed.subscribe(alice, NONE, shown -> aliceCalls.incrementAndGet());
        feed.subscribe(bob, NONE, shown -> bobCalls.incrementAndGet());

        feed.changed(List.of(alice));

        assertThat(aliceCalls).hasValue(1);
        assertThat(bobCalls).hasValue(0);
    }

    @Test
    void changes_that_arrive_before_a_bell_was_told_are_told_once() {
        List<Runnable> queued = new java.util.ArrayList<>();
        NotificationFeed later = new NotificationFeed(queued::add);
        UUID alice = UUID.randomUUID();
        AtomicInteger calls = new AtomicInteger();
        later.subscribe(alice, NONE, shown -> calls.incrementAndGet());

        later.changed(List.of(alice));
        later.changed(List.of(alice));
        queued.forEach(Runnable::run);

        assertThat(calls).as("a revision and its approval: one count").hasValue(1);
        later.changed(List.of(alice));
        queued.getLast().run();
        assertThat(calls).as("a change after the telling is told again").hasValue(2);
    }

    @Test
    void the_bells_of_one_person_share_one_count_and_each_shows_it() {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        AtomicInteger counts = new AtomicInteger();
        List<PendingActions> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int page = 0; page < 10; page++) {
            feed.subscribe(alice, () -> new PendingActions(counts.incrementAndGet(), 0, 0), shown::add);
        }
        AtomicInteger bobCounts = new AtomicInteger();
        feed.subscribe(bob, () -> new PendingActions(bobCounts.incrementAndGet(), 0, 0), shown::add);

        feed.changed(List.of(alice, bob));

        assertThat(counts).as("ten pages open, one read").hasValue(1);
        assertThat(bobCounts).as("each person reads their own").hasValue(1);
        assertThat(shown).hasSize(11);
        assertThat(shown.subList(0, 10)).containsOnly(new PendingActions(1, 0, 0));
    }

    @Test
    void a_detached_screen_is_no_longer_told() {
        UUID alice = UUID.randomUUID();
        AtomicInteger calls = new AtomicInteger();
        var registration = feed.subscribe(alice, NONE, shown -> calls.incrementAndGet());

        registration.remove();
        feed.changed(List.of(alice));

        assertThat(calls).hasValue(0);
        assertThat(feed.listenerCount(alice)).isZero();
    }
}
