package app.avenant.change.live;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeRequestEvent;
import app.avenant.change.CommentView;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Side;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

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
    private final Map<UUID, ContractRole> members = new HashMap<>();
    private final AtomicInteger memberReads = new AtomicInteger();
    private final UUID claire = member(ContractRole.CLIENT_OWNER);
    private final UUID julien = member(ContractRole.PROVIDER_MANAGER);
    private final ChangeFeed watched = new ChangeFeed(Runnable::run, new LiveSnapshots() {
        @Override
        public Optional<LiveSnapshot> snapshot(UUID id, UUID actor) {
            reads.add(id);
            return Optional.of(
                    new LiveSnapshot(id, actor, members, Map.of(), Map.of(), List.of(), "Léa Bernard", null));
        }

        @Override
        public Map<UUID, ContractRole> members(UUID contractId) {
            memberReads.incrementAndGet();
            return Map.copyOf(members);
        }
    });

    private UUID member(ContractRole role) {
        UUID id = UUID.randomUUID();
        members.put(id, role);
        return id;
    }

    private UUID someone(Side side) {
        return member(side == Side.CLIENT ? ContractRole.CLIENT_EDITOR : ContractRole.PROVIDER_EDITOR);
    }

    @Test
    void a_comment_reaches_the_screens_of_its_request_with_its_view_and_only_the_members_are_read_once() {
        UUID request = UUID.randomUUID();
        List<LiveUpdate> pme = new ArrayList<>();
        List<LiveUpdate> provider = new ArrayList<>();
        List<LiveUpdate> otherRequest = new ArrayList<>();
        watched.watch(contractA, request, claire, Side.CLIENT, pme::add);
        watched.watch(contractA, request, julien, Side.PROVIDER, provider::add);
        watched.watch(contractA, UUID.randomUUID(), julien, Side.PROVIDER, otherRequest::add);
        CommentView view = new CommentView(UUID.randomUUID(), Side.CLIENT, "Claire Martin", Instant.now(), "Bonjour");

        watched.on(new ChangeRequestEvent.Commented(contractA, request, 1, UUID.randomUUID(), false, view));

        assertThat(reads).isEmpty();
        assertThat(memberReads).hasValue(1);
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
            Side side = i % 2 == 0 ? Side.CLIENT : Side.PROVIDER;
            watched.watch(contractA, request, someone(side), side, received::add);
        }
        watched.watch(contractA, UUID.randomUUID(), claire, Side.CLIENT, received::add);

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
        watched.watch(contractA, open1, claire, Side.CLIENT, received::add);
        watched.watch(contractA, open1, julien, Side.PROVIDER, received::add);
        watched.watch(contractA, open2, claire, Side.CLIENT, received::add);

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
        watched.watch(contractA, request, claire, Side.CLIENT, pme::add);
        watched.watch(contractA, request, julien, Side.PROVIDER, provider::add);
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

    @Test
    void a_slow_screen_does_not_hold_up_the_others_and_each_still_gets_its_changes_in_order() throws Exception {
        ExecutorService lane = Executors.newSingleThreadExecutor();
        ExecutorService screens = Executors.newVirtualThreadPerTaskExecutor();
        try {
            ChangeFeed parallel = new ChangeFeed(lane, screens, null);
            CountDownLatch release = new CountDownLatch(1);
            List<Integer> slowScreen = new CopyOnWriteArrayList<>();
            List<Integer> otherScreen = new CopyOnWriteArrayList<>();
            parallel.subscribe(contractA, e -> {
                try {
                    release.await(); // this screen's session is busy
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
                slowScreen.add(e.number());
            });
            parallel.subscribe(contractA, e -> otherScreen.add(e.number()));

            parallel.publish(new ChangeRequestEvent.Commented(contractA, UUID.randomUUID(), 1, julien, false));
            parallel.publish(new ChangeRequestEvent.Commented(contractA, UUID.randomUUID(), 2, julien, false));

            // the other screen has the first change while the busy one still holds it
            org.awaitility.Awaitility.await().until(() -> otherScreen.contains(1));
            assertThat(slowScreen).isEmpty();
            // and the second change waits for every screen to have taken the first
            assertThat(otherScreen).containsExactly(1);
            release.countDown();
            org.awaitility.Awaitility.await().until(() -> slowScreen.size() == 2 && otherScreen.size() == 2);
            assertThat(slowScreen).containsExactly(1, 2);
            assertThat(otherScreen).containsExactly(1, 2);
        } finally {
            lane.shutdownNow();
            screens.shutdownNow();
        }
    }

    @Test
    void a_screen_whose_person_lost_access_gets_no_more_comments_but_is_told_to_close() {
        UUID request = UUID.randomUUID();
        UUID paul = member(ContractRole.CLIENT_EDITOR);
        List<LiveUpdate> paulsScreen = new ArrayList<>();
        List<LiveUpdate> julienScreen = new ArrayList<>();
        watched.watch(contractA, request, paul, Side.CLIENT, paulsScreen::add);
        watched.watch(contractA, request, julien, Side.PROVIDER, julienScreen::add);
        members.remove(paul); // his access ended while the page was open
        CommentView view = new CommentView(UUID.randomUUID(), Side.PROVIDER, "Julien Moreau", Instant.now(), "Prix");

        watched.on(new ChangeRequestEvent.Commented(contractA, request, 1, julien, false, view));

        assertThat(paulsScreen).singleElement().isEqualTo(new LiveUpdate.AccessEnded(request));
        assertThat(julienScreen).singleElement().isInstanceOf(LiveUpdate.CommentAdded.class);
    }

    @Test
    void the_events_of_one_transaction_are_one_read_and_one_update_per_screen_after_commit() {
        UUID request = UUID.randomUUID();
        List<LiveUpdate> pme = new ArrayList<>();
        watched.watch(contractA, request, claire, Side.CLIENT, pme::add);
        // an approver's counter-proposal: revised, then approved by its author, in one transaction
        inTransaction(TransactionSynchronization.STATUS_COMMITTED, () -> {
            watched.on(new ChangeRequestEvent.Revised(contractA, request, 1, julien, 3));
            watched.on(new ChangeRequestEvent.Approved(contractA, request, 1, julien, 3));
            assertThat(pme).as("nothing before commit").isEmpty();
        });

        assertThat(reads).containsExactly(request);
        assertThat(pme)
                .singleElement()
                .isInstanceOfSatisfying(
                        LiveUpdate.Changed.class,
                        c -> assertThat(c.event()).isInstanceOf(ChangeRequestEvent.Approved.class));
        assertThat(TransactionSynchronizationManager.getResource(watched)).isNull();
    }

    @Test
    void a_rolled_back_transaction_tells_nobody() {
        UUID request = UUID.randomUUID();
        List<LiveUpdate> pme = new ArrayList<>();
        watched.watch(contractA, request, claire, Side.CLIENT, pme::add);
        inTransaction(
                TransactionSynchronization.STATUS_ROLLED_BACK,
                () -> watched.on(new ChangeRequestEvent.Revised(contractA, request, 1, julien, 3)));

        assertThat(pme).isEmpty();
        assertThat(reads).isEmpty();
        assertThat(TransactionSynchronizationManager.getResource(watched)).isNull();
    }

    @Test
    void the_side_that_did_not_act_is_told_first() {
        UUID request = UUID.randomUUID();
        List<Side> order = new ArrayList<>();
        watched.watch(contractA, request, julien, Side.PROVIDER, u -> order.add(Side.PROVIDER));
        watched.watch(contractA, request, claire, Side.CLIENT, u -> order.add(Side.CLIENT));

        watched.on(new ChangeRequestEvent.Revised(contractA, request, 1, julien, 3));

        assertThat(order).containsExactly(Side.CLIENT, Side.PROVIDER);
    }

    @Test
    void a_lane_goes_away_once_its_deliveries_are_done() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            ChangeFeed lanes = new ChangeFeed(pool, null);
            List<ChangeRequestEvent> received = new CopyOnWriteArrayList<>();
            lanes.subscribe(contractA, received::add);
            for (int n = 1; n <= 20; n++) {
                lanes.publish(
                        new ChangeRequestEvent.Commented(contractA, UUID.randomUUID(), n, UUID.randomUUID(), false));
            }
            org.awaitility.Awaitility.await().until(() -> received.size() == 20 && lanes.laneCount() == 0);
            assertThat(received).extracting(ChangeRequestEvent::number).isSorted();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_list_is_told_once_per_transaction_with_its_last_event() {
        List<ChangeRequestEvent> list = new ArrayList<>();
        watched.subscribe(contractA, list::add);
        UUID request = UUID.randomUUID();
        ChangeRequestEvent approved = new ChangeRequestEvent.Approved(contractA, request, 1, julien, 3);

        inTransaction(TransactionSynchronization.STATUS_COMMITTED, () -> {
            watched.on(new ChangeRequestEvent.Revised(contractA, request, 1, julien, 3));
            watched.on(approved);
        });

        assertThat(list).containsExactly(approved);
    }

    /** Runs {@code work} as a transaction's body would, then ends it as a transaction manager does. */
    private static void inTransaction(int outcome, Runnable work) {
        TransactionSynchronizationManager.initSynchronization();
        try {
            work.run();
            List<TransactionSynchronization> registered = TransactionSynchronizationManager.getSynchronizations();
            if (outcome == TransactionSynchronization.STATUS_COMMITTED) {
                TransactionSynchronizationUtils.invokeAfterCommit(registered);
            }
            TransactionSynchronizationUtils.invokeAfterCompletion(registered, outcome);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }
}
