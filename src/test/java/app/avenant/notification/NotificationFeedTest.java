package app.avenant.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class NotificationFeedTest {

    private final NotificationFeed feed = new NotificationFeed(Runnable::run);

    @Test
    void only_the_screens_of_the_notified_users_are_told() {
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        AtomicInteger aliceCalls = new AtomicInteger();
        AtomicInteger bobCalls = new AtomicInteger();
        feed.subscribe(alice, aliceCalls::incrementAndGet);
        feed.subscribe(bob, bobCalls::incrementAndGet);

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
        later.subscribe(alice, calls::incrementAndGet);

        later.changed(List.of(alice));
        later.changed(List.of(alice));
        queued.forEach(Runnable::run);

        assertThat(calls).as("a revision and its approval: one count").hasValue(1);
        later.changed(List.of(alice));
        queued.getLast().run();
        assertThat(calls).as("a change after the telling is told again").hasValue(2);
    }

    @Test
    void a_detached_screen_is_no_longer_told() {
        UUID alice = UUID.randomUUID();
        AtomicInteger calls = new AtomicInteger();
        var registration = feed.subscribe(alice, calls::incrementAndGet);

        registration.remove();
        feed.changed(List.of(alice));

        assertThat(calls).hasValue(0);
        assertThat(feed.listenerCount(alice)).isZero();
    }
}
