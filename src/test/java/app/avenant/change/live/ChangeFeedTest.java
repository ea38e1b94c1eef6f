package app.avenant.change.live;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeRequestEvent;
import app.avenant.change.CommentView;
import app.avenant.contract.Side;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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

    // --- request screens: what is read, for whom (docs/decisions/0029) ---

    private final List<UUID> reads = new ArrayList<>();
    private final ChangeFeed watched = new ChangeFeed(Runnable::run, (id, actor) -> {
        reads.add(id);
        return Optional.of(new LiveSnapshot(id, actor, Map.of(), Map.of(), Map.of(), List.of(), "Léa Bernard", null));
    });

    @Test
    void a_comment_reaches_the_screens_of_its_request_with_its_view_and_nothing_is_read() {
        UUID request = UUID.randomUUID();
        List<LiveUpdate> pme = new ArrayList<>();
        List<LiveUpdate> provider = new ArrayList<>();
        List<LiveUpdate> otherRequest = new ArrayList<>();
        watched.watch(contractA, request, Side.CLIENT, pme::add);
        watched.watch(contractA, request, Side.PROVIDER, provider::add);
        watched.watch(contractA, UUID.randomUUID(), Side.PROVIDER, otherRequest::add);
        CommentView view = new CommentView(UUID.randomUUID(), Side.CLIENT, "Claire Martin", Instant.now(), "Bonjour");

        watched.on(new ChangeRequestEvent.Commented(contractA, request, 1, UUID.randomUUID(), false, view));

        assertThat(reads).isEmpty();
        assertThat(pme)
                .singleElement()
                .isInstanceOfSatisfying(
                        LiveUpdate.CommentAdded.class,
                        c -> assertThat(c.comment()).isEqualTo(view));
        assertThat(provider).hasSize(1);
        assertThat(otherRequest).isEmpty();
    }

    @Test
    void a_revision_is_read_once_for_all_the_screens_of_its_request() {
        UUID request = UUID.randomUUID();
        List<LiveUpdate> received = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            watched.watch(contractA, request, i % 2 == 0 ? Side.CLIENT : Side.PROVIDER, received::add);
        }
        watched.watch(contractA, UUID.randomUUID(), Side.CLIENT, received::add);

        watched.on(new ChangeRequestEvent.Revised(contractA, request, 1, UUID.randomUUID(), 3));

        assertThat(reads).containsExactly(request);
        assertThat(received).hasSize(50).allMatch(u -> u instanceof LiveUpdate.Changed);
    }

    @Test
    void an_acceptance_reads_each_other_open_request_once_since_it_may_outdate_them() {
        UUID accepted = UUID.randomUUID();
        UUID open1 = UUID.randomUUID();
        UUID open2 = UUID.randomUUID();
        List<LiveUpdate> received = new ArrayList<>();
        watched.watch(contractA, open1, Side.CLIENT, received::add);
        watched.watch(contractA, open1, Side.PROVIDER, received::add);
        watched.watch(contractA, open2, Side.CLIENT, received::add);

        watched.on(new ChangeRequestEvent.Accepted(contractA, accepted, 1, UUID.randomUUID(), 4));

        assertThat(reads).containsExactlyInAnyOrder(open1, open2);
        assertThat(received).hasSize(3);
    }

    @Test
    void an_internal_note_reaches_the_screens_of_its_side_on_its_request_only() {
        UUID request = UUID.randomUUID();
        List<LiveUpdate> pme = new ArrayList<>();
        List<LiveUpdate> provider = new ArrayList<>();
        List<ChangeRequestEvent> list = new ArrayList<>();
        watched.watch(contractA, request, Side.CLIENT, pme::add);
        watched.watch(contractA, request, Side.PROVIDER, provider::add);
        watched.subscribe(contractA, list::add);
        CommentView note =
                new CommentView(UUID.randomUUID(), Side.CLIENT, "Claire Martin", Instant.now(), "Entre nous");

        watched.on(new InternalNotePosted(contractA, request, Side.CLIENT, note));

        assertThat(pme).singleElement().isInstanceOf(LiveUpdate.NoteAdded.class);
        assertThat(provider).isEmpty();
        assertThat(list).isEmpty();
        assertThat(reads).isEmpty();
    }

    @Test
    void a_slow_contract_does_not_hold_up_another_and_each_keeps_its_order() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            ChangeFeed lanes = new ChangeFeed(pool, null);
            CountDownLatch release = new CountDownLatch(1);
            List<Integer> orderOfA = new CopyOnWriteArrayList<>();
            CountDownLatch bDelivered = new CountDownLatch(1);
            lanes.subscribe(contractA, e -> {
                try {
                    release.await();
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
                orderOfA.add(e.number());
            });
            lanes.subscribe(contractB, e -> bDelivered.countDown());

            for (int n = 1; n <= 5; n++) {
                lanes.publish(
                        new ChangeRequestEvent.Commented(contractA, UUID.randomUUID(), n, UUID.randomUUID(), false));
            }
            lanes.publish(commented(contractB));

            // B is delivered while A's screen is still stuck on its first event
            assertThat(bDelivered.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(orderOfA).isEmpty();
            release.countDown();
            org.awaitility.Awaitility.await().until(() -> orderOfA.size() == 5);
            assertThat(orderOfA).containsExactly(1, 2, 3, 4, 5);
        } finally {
            pool.shutdownNow();
        }
    }
}
