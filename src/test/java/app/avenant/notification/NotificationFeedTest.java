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
