package app.avenant.change.live;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeRequestEvent;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChangeFeedTest {

    private final ChangeFeed feed = new ChangeFeed(Runnable::run);
    private final UUID contractA = UUID.randomUUID();
    private final UUID contractB = UUID.randomUUID();

    private static ChangeRequestEvent commented(UUID contractId) {
        return new ChangeRequestEvent.Commented(contractId, UUID.randomUUID(), 1, UUID.randomUUID(), false);
    }

    @Test
    void a_subscriber_receives_the_events_of_its_contract() {
        List<ChangeRequestEvent> received = new ArrayList<>();
        feed.subscribe(contractA, received::add);

        ChangeRequestEvent event = commented(contractA);
        feed.on(event);

        assertThat(received).containsExactly(event);
    }

    @Test
    void a_subscriber_never_receives_an_event_of_another_contract() {
        List<ChangeRequestEvent> ofA = new ArrayList<>();
        List<ChangeRequestEvent> ofB = new ArrayList<>();
        feed.subscribe(contractA, ofA::add);
        feed.subscribe(contractB, ofB::add);

        ChangeRequestEvent forB = commented(contractB);
        feed.on(forB);

        assertThat(ofA).isEmpty();
        assertThat(ofB).containsExactly(forB);
    }

    @Test
    void a_removed_registration_receives_nothing_more_and_leaves_no_trace() {
        List<ChangeRequestEvent> received = new ArrayList<>();
        Registration registration = feed.subscribe(contractA, received::add);
        assertThat(feed.subscriberCount(contractA)).isEqualTo(1);

        registration.remove();
        feed.on(commented(contractA));

        assertThat(received).isEmpty();
        assertThat(feed.subscriberCount(contractA)).isZero();
    }

    @Test
    void every_screen_of_the_contract_is_told_even_when_one_of_them_fails() {
        List<ChangeRequestEvent> second = new ArrayList<>();
        feed.subscribe(contractA, e -> {
            throw new IllegalStateException("screen closed");
        });
        feed.subscribe(contractA, second::add);

        feed.on(commented(contractA));

        assertThat(second).hasSize(1);
    }

    @Test
    void subscribing_and_leaving_from_many_threads_keeps_the_count_right() throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int j = 0; j < 500; j++) {
                    feed.subscribe(contractA, e -> {}).remove();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(feed.subscriberCount(contractA)).isZero();
    }
}
