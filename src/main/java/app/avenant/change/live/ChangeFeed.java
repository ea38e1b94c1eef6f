package app.avenant.change.live;

import app.avenant.change.ChangeRequestEvent;
import app.avenant.contract.ContractEvent;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Side;
import app.avenant.shared.AfterCommit;
import app.avenant.shared.cluster.ClusterBus;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Passes each committed {@link ChangeRequestEvent} to the open screens of <em>its</em> contract only: an open
 * screen of contract A never hears about contract B. Screens subscribe after the service has shown them the
 * contract (a successful {@code detail()} or {@code list()}), so only members ever subscribe.
 *
 * <p>A change request screen {@link #watch watches} one request, as one person of one side, and gets a
 * {@link LiveUpdate} that carries what it shows (docs/decisions/0029): a comment comes with its view (the only read
 * is who is still a member, once per comment); any other event on the watched request, or an acceptance of another
 * request of the contract, comes with a {@link LiveSnapshot} read <em>once per transaction and request</em> for all
 * the screens of that request, never once per screen. An internal note ({@link InternalNotePosted}) reaches the
 * screens of the author's side only, and nothing else. A screen whose person is no longer a member gets
 * {@link LiveUpdate.AccessEnded} instead of anything it may no longer read.
 *
 * <p>Delivery happens after commit (a rolled-back action told nobody anything), before anything else the commit
 * triggers (audit, bell), and off the committing thread. The events of one transaction go out together: an
 * approver's counter-proposal (revised, then approved by its author) is one read and one screen update, not two.
 * The screens of the other side than the actor's are told first: they are the ones waiting. The events of one
 * contract are delivered in order, one batch after the other, on a lane of their own; lanes share a small pool, so
 * a slow contract (many screens, a big request) delays no other contract, and a lane goes away when it is idle.
 * Within a batch, what each screen is told is worked out first on the lane (the reads, shared); then the
 * screens are told in order by one teller per core, and the lane waits for them (at most
 * {@link #SCREENS_WAIT}) before its next batch, so that a screen still gets its updates in order.
 */
@Component
public class ChangeFeed implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);

    /**
     * How long a lane waits for its screens to take a batch. Telling a screen only queues the change in its
     * session when someone else holds the session's lock, so this is reached only by a push connection that
     * does not take what is written to it; the other screens and the next batches do not wait longer for it.
     */
    static final Duration SCREENS_WAIT = Duration.ofSeconds(5);

    /** Screens told at the same time: one per core (two at least, so that one slow screen never holds all). */
    static final int TELLERS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private final Map<UUID, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final Map<UUID, Lane> lanes = new ConcurrentHashMap<>();
    private final Executor pool;
    private final Executor screens;
    private final @Nullable ExecutorService owned;
    private final @Nullable ExecutorService ownedScreens;
    private final @Nullable LiveSnapshots snapshots;
    private @Nullable ClusterBus bus;

    /** The topics of the news other nodes hear (docs/decisions/0054). */
    static final String EVENTS_TOPIC = "change-feed";

    static final String SCREENS_TOPIC = "change-feed-screens";

    /** A list (every event of the contract) or a request screen (updates on one request, for one person). */
    private record Subscriber(
            @Nullable Consumer<ChangeRequestEvent> onEvent,
            @Nullable UUID changeRequestId,
            @Nullable UUID userId,
            @Nullable Side side,
            @Nullable Consumer<LiveUpdate> onUpdate) {}

    @Autowired
    public ChangeFeed(LiveSnapshots snapshots, ClusterBus bus) {
        this(snapshots);
        relayThrough(bus);
    }

    private ChangeFeed(LiveSnapshots snapshots) {
        AtomicInteger count = new AtomicInteger();
        this.owned = Executors.newFixedThreadPool(
                Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())), task -> {
                    Thread thread = new Thread(task, "change-feed-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.pool = owned;
        // the tellers of a batch (see tellAll): virtual threads, so that one waiting on a push connection holds
        // no platform thread
        this.ownedScreens = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("change-feed-screen-", 0).factory());
        this.screens = ownedScreens;
        this.snapshots = snapshots;
    }

    /** For tests: deliver on the given executor (a direct one delivers on the publishing thread). */
    ChangeFeed(Executor delivery) {
        this(delivery, null);
    }

    /** For tests: deliver on the given executor, reading snapshots from {@code snapshots}. */
    ChangeFeed(Executor delivery, @Nullable LiveSnapshots snapshots) {
        this(delivery, Runnable::run, snapshots);
    }

    /** For tests: deliver on {@code delivery}, telling the screens of a batch on {@code screens}. */
    ChangeFeed(Executor delivery, Executor screens, @Nullable LiveSnapshots snapshots) {
        this.pool = delivery;
        this.screens = screens;
        this.owned = null;
        this.ownedScreens = null;
        this.snapshots = snapshots;
    }

    /**
     * Tells the other nodes what this one publishes, and delivers what they publish to this node's screens as if it
     * had been committed here (their screens are theirs to tell).
     */
    void relayThrough(ClusterBus bus) {
        this.bus = bus;
        bus.listen(
                EVENTS_TOPIC,
                RelayedEvent.Batch.class,
                batch -> deliverHere(
                        batch.events().stream().map(RelayedEvent::toEvent).toList()));
        bus.listen(
                SCREENS_TOPIC,
                RelayedEvent.ScreensOf.class,
                screens -> screensHere(screens.contractId(), screens.userId(), screens.accessEnded()));
    }

    /**
     * Calls {@code listener} once per later committed change of {@code contractId}, with its last event (the events
     * of one transaction are one change: a list re-reads once), until the registration is removed.
     */
    public Registration subscribe(UUID contractId, Consumer<ChangeRequestEvent> listener) {
        return add(contractId, new Subscriber(listener, null, null, null, null));
    }

    /**
     * Calls {@code listener} with the updates of one request that {@code userId}, a member of {@code side}, may see,
     * until the registration is removed: its comments, its side's internal notes, and its state after any other
     * event on it or after an acceptance of another request of the contract.
     */
    public Registration watch(
            UUID contractId, UUID changeRequestId, UUID userId, Side side, Consumer<LiveUpdate> listener) {
        return add(contractId, new Subscriber(null, changeRequestId, userId, side, listener));
    }

    private Registration add(UUID contractId, Subscriber subscriber) {
        // compute keeps "add" and "remove the emptied list" atomic per contract
        subscribers.compute(contractId, (id, list) -> {
            List<Subscriber> target = list == null ? new CopyOnWriteArrayList<>() : list;
            target.add(subscriber);
            return target;
        });
        return () -> subscribers.computeIfPresent(contractId, (id, list) -> {
            list.removeIf(s -> s == subscriber);
            return list.isEmpty() ? null : list;
        });
    }

    /** Number of subscribers of a contract (tests, diagnostics). */
    public int subscriberCount(UUID contractId) {
        List<Subscriber> list = subscribers.get(contractId);
        return list == null ? 0 : list.size();
    }

    /** Subscribers of all contracts: open change request screens and lists (the leak test wants 0 at the end). */
    public int subscriberTotal() {
        return subscribers.values().stream().mapToInt(List::size).sum();
    }

    /** Number of contracts with deliveries queued or running (tests, diagnostics): idle lanes are dropped. */
    int laneCount() {
        return lanes.size();
    }

    @EventListener
    public void on(ChangeRequestEvent event) {
        collect(event);
    }

    @EventListener
    public void on(InternalNotePosted note) {
        collect(note);
    }

    /**
     * A member lost access: their open request screens of that contract close at once (they would learn nothing
     * more anyway, but a page left open should not keep showing what they may no longer read).
     */
    @EventListener
    public void on(ContractEvent.AccessRevoked revoked) {
        AfterCommit.run(() -> toScreensOf(revoked.contractId(), revoked.userId(), true));
    }

    /** A member's role changed: their open request screens take their new reading (what they may do now). */
    @EventListener
    public void on(ContractEvent.RoleChanged changed) {
        AfterCommit.run(() -> toScreensOf(changed.contractId(), changed.userId(), false));
    }

    /** The request screens of one person on one contract, on every node: closed, or told the request as it is now. */
    private void toScreensOf(UUID contractId, UUID userId, boolean accessEnded) {
        if (bus != null) {
            bus.publish(SCREENS_TOPIC, new RelayedEvent.ScreensOf(contractId, userId, accessEnded));
        }
        screensHere(contractId, userId, accessEnded);
    }

    /**
     * Tells this node's request screens of one person on one contract: that their access ended, or the request as
     * it is now (one read per request, on the contract's lane like every delivery).
     */
    private void screensHere(UUID contractId, UUID userId, boolean accessEnded) {
        @Nullable Function<UUID, LiveUpdate> update = accessEnded ? LiveUpdate.AccessEnded::new : null;
        List<Subscriber> list = subscribers.get(contractId);
        if (list == null) {
            return;
        }
        List<Subscriber> screens = list.stream()
                .filter(s -> userId.equals(s.userId()) && s.changeRequestId() != null)
                .toList();
        if (screens.isEmpty()) {
            return;
        }
        enqueue(contractId, () -> {
            for (Subscriber screen : screens) {
                UUID watched = Objects.requireNonNull(screen.changeRequestId());
                if (update != null) {
                    tell(screen, update.apply(watched));
                } else {
                    snapshot(watched, userId).ifPresent(now -> tell(screen, new LiveUpdate.Reread(now)));
                }
            }
        });
    }

    /** Gathers the events of the current transaction, delivered together once it commits; at once outside one. */
    private void collect(Object event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            publishAll(List.of(event));
            return;
        }
        Batch batch = (Batch) TransactionSynchronizationManager.getResource(this);
        if (batch == null) {
            batch = new Batch();
            TransactionSynchronizationManager.bindResource(this, batch);
            TransactionSynchronizationManager.registerSynchronization(batch);
        }
        batch.events.add(event);
    }

    /** The events of one transaction; told first after commit, before the audit trail and the bells. */
    private final class Batch implements TransactionSynchronization {

        private final List<Object> events = new ArrayList<>();

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }

        @Override
        public void afterCommit() {
            publishAll(events);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ChangeFeed.this);
        }
    }

    /** Delivers one event to the subscribers of its contract; one failing subscriber does not stop the others. */
    public void publish(ChangeRequestEvent event) {
        publishAll(List.of(event));
    }

    /** An internal note: to the screens of that request and of the note's side only. */
    public void publish(InternalNotePosted note) {
        publishAll(List.of(note));
    }

    private void publishAll(List<Object> events) {
        if (bus != null && !bus.alone()) {
            bus.publish(
                    EVENTS_TOPIC,
                    new RelayedEvent.Batch(events.stream().map(RelayedEvent::of).toList()));
        }
        deliverHere(events);
    }

    /** Delivers a transaction's events to the screens open on this node. */
    private void deliverHere(List<Object> events) {
        Map<UUID, List<Object>> byContract = new LinkedHashMap<>();
        for (Object event : events) {
            UUID contractId = switch (event) {
                case ChangeRequestEvent e -> e.contractId();
                case InternalNotePosted n -> n.contractId();
                default -> throw new IllegalArgumentException("Not a change feed event: " + event);
            };
            byContract.computeIfAbsent(contractId, id -> new ArrayList<>()).add(event);
        }
        byContract.forEach((contractId, ofContract) -> {
            List<Subscriber> list = subscribers.get(contractId);
            if (list == null || list.isEmpty()) {
                return;
            }
            List<Subscriber> targets = List.copyOf(list);
            enqueue(contractId, () -> deliver(contractId, ofContract, targets));
        });
    }

    private void deliver(UUID contractId, List<Object> events, List<Subscriber> targets) {
        new Delivery(contractId, events).to(targets);
    }

    /** One batch of a contract's events, read at most once per request (and once for the members), told to all. */
    private final class Delivery {

        private final UUID contractId;
        private final List<ChangeRequestEvent> events = new ArrayList<>();
        private final List<InternalNotePosted> notes = new ArrayList<>();
        private final Map<UUID, Optional<LiveSnapshot>> read = new HashMap<>();
        private @Nullable Map<UUID, ContractRole> members;

        Delivery(UUID contractId, List<Object> batch) {
            this.contractId = contractId;
            for (Object event : batch) {
                if (event instanceof ChangeRequestEvent e) {
                    events.add(e);
                } else if (event instanceof InternalNotePosted n) {
                    notes.add(n);
                }
            }
        }

        void to(List<Subscriber> targets) {
            List<Runnable> tellings = new ArrayList<>(targets.size());
            for (Subscriber subscriber : otherSideFirst(targets)) {
                try {
                    if (subscriber.onEvent() != null) {
                        if (!events.isEmpty()) {
                            ChangeRequestEvent last = events.getLast();
                            Consumer<ChangeRequestEvent> list = subscriber.onEvent();
                            tellings.add(() -> list.accept(last));
                        }
                    } else if (subscriber.changeRequestId() != null) {
                        List<LiveUpdate> updates = updatesFor(subscriber, subscriber.changeRequestId());
                        if (!updates.isEmpty()) {
                            tellings.add(() -> updates.forEach(update -> tell(subscriber, update)));
                        }
                    }
                } catch (RuntimeException e) {
                    log.warn("A change feed subscriber failed on {}", events, e);
                }
            }
            tellAll(tellings);
        }

        /** What one request screen is told of this batch, in order; reads are shared by all the screens. */
        private List<LiveUpdate> updatesFor(Subscriber screen, UUID watched) {
            List<LiveUpdate> updates = new ArrayList<>();
            for (InternalNotePosted note : notes) {
                if (note.changeRequestId().equals(watched) && note.side() == screen.side()) {
                    if (!stillMember(screen)) {
                        return List.of(new LiveUpdate.AccessEnded(watched));
                    }
                    updates.add(new LiveUpdate.NoteAdded(note));
                }
            }
            for (ChangeRequestEvent event : events) {
                if (event instanceof ChangeRequestEvent.Commented c
                        && c.comment() != null
                        && c.changeRequestId().equals(watched)) {
                    if (!stillMember(screen)) {
                        return List.of(new LiveUpdate.AccessEnded(watched));
                    }
                    updates.add(new LiveUpdate.CommentAdded(c, c.comment()));
                }
            }
            ChangeRequestEvent change = lastChangeFor(watched);
            if (change != null) {
                snapshotOf(watched, change.actorId()).ifPresent(s -> updates.add(new LiveUpdate.Changed(change, s)));
            }
            return updates;
        }

        /** The latest event that changed the watched request (a comment does not), or else an acceptance. */
        private @Nullable ChangeRequestEvent lastChangeFor(UUID watched) {
            ChangeRequestEvent acceptance = null;
            for (ChangeRequestEvent event : events.reversed()) {
                boolean comment = event instanceof ChangeRequestEvent.Commented c && c.comment() != null;
                if (event.changeRequestId().equals(watched) && !comment) {
                    return event;
                }
                if (acceptance == null && event instanceof ChangeRequestEvent.Accepted) {
                    acceptance = event;
                }
            }
            return acceptance;
        }

        private Optional<LiveSnapshot> snapshotOf(UUID changeRequestId, UUID actorId) {
            return read.computeIfAbsent(changeRequestId, id -> {
                long start = System.nanoTime();
                Optional<LiveSnapshot> now = snapshot(id, actorId);
                log.debug("Read {} for its open screens in {} ms", id, (System.nanoTime() - start) / 1_000_000);
                return now;
            });
        }

        private boolean stillMember(Subscriber screen) {
            if (snapshots == null || screen.userId() == null) {
                return true;
            }
            if (members == null) {
                try {
                    members = snapshots.members(contractId);
                } catch (RuntimeException e) {
                    log.warn("Could not read the members of contract {} for its open screens", contractId, e);
                    members = Map.of();
                }
            }
            ContractRole role = members.get(screen.userId());
            return role != null && role.side() == screen.side();
        }

        /** The screens of the side that did not act first: they are the ones waiting for it. */
        private List<Subscriber> otherSideFirst(List<Subscriber> targets) {
            Side actorSide = actorSide(targets);
            if (actorSide == null) {
                return targets;
            }
            List<Subscriber> ordered = new ArrayList<>(targets);
            ordered.sort(Comparator.comparing(s -> s.side() == actorSide));
            return ordered;
        }

        private @Nullable Side actorSide(List<Subscriber> targets) {
            if (events.isEmpty()) {
                return null;
            }
            ChangeRequestEvent last = events.getLast();
            if (targets.stream().noneMatch(s -> last.changeRequestId().equals(s.changeRequestId()))) {
                return null; // nobody has that request open: no order to choose, nothing to read for it
            }
            if (last instanceof ChangeRequestEvent.Commented c && c.comment() != null) {
                return c.comment().side();
            }
            return snapshotOf(last.changeRequestId(), last.actorId())
                    .flatMap(s -> s.roleOf(last.actorId()))
                    .map(ContractRole::side)
                    .orElse(null);
        }
    }

    private Optional<LiveSnapshot> snapshot(UUID changeRequestId, UUID actorId) {
        if (snapshots == null) {
            return Optional.empty();
        }
        try {
            return snapshots.snapshot(changeRequestId, actorId);
        } catch (RuntimeException e) {
            log.warn("Could not read change request {} for its open screens", changeRequestId, e);
            return Optional.empty();
        }
    }

    /**
     * Tells the screens of a batch in order, {@link #TELLERS} at a time, and returns once all have taken it (or after
     * {@link #SCREENS_WAIT}): the lane's next batch must not overtake this one on any screen. As many tellers as
     * cores, not one thread per screen: telling is work for the processor (the change applied, the push message
     * written), and 500 screens told all at once would each be done only when all are, where in order the first
     * are done early and the last no later.
     */
    private void tellAll(List<Runnable> tellings) {
        if (tellings.size() == 1) {
            tellings.getFirst().run();
            return;
        }
        CountDownLatch told = new CountDownLatch(tellings.size());
        AtomicInteger next = new AtomicInteger();
        Runnable teller = () -> {
            for (int i = next.getAndIncrement(); i < tellings.size(); i = next.getAndIncrement()) {
                try {
                    tellings.get(i).run();
                } catch (RuntimeException e) {
                    log.warn("A change feed subscriber failed", e);
                } finally {
                    told.countDown();
                }
            }
        };
        for (int t = 0; t < Math.min(TELLERS, tellings.size()); t++) {
            screens.execute(teller);
        }
        try {
            if (!told.await(SCREENS_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("{} screens still taking a change after {}", told.getCount(), SCREENS_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void tell(Subscriber subscriber, LiveUpdate update) {
        Consumer<LiveUpdate> listener = subscriber.onUpdate();
        if (listener == null) {
            return;
        }
        try {
            listener.accept(update);
        } catch (RuntimeException e) {
            log.warn("A change feed subscriber failed on {}", update, e);
        }
    }

    /**
     * Queues a delivery on the contract's lane, created if needed. Queuing and dropping an idle lane both happen
     * inside the map's atomic compute for that contract, so a task never lands on a lane that was just dropped.
     */
    private void enqueue(UUID contractId, Runnable task) {
        boolean[] start = {false};
        Lane lane = lanes.compute(contractId, (id, existing) -> {
            Lane l = existing == null ? new Lane(id) : existing;
            start[0] = l.offer(task);
            return l;
        });
        if (start[0]) {
            pool.execute(lane::drain);
        }
    }

    /** The deliveries of one contract, one after the other, on the shared pool. */
    private final class Lane {

        private final UUID contractId;
        private final Queue<Runnable> tasks = new ArrayDeque<>();
        private boolean running;

        Lane(UUID contractId) {
            this.contractId = contractId;
        }

        /** Adds a task; true when the lane was idle and must be started. */
        synchronized boolean offer(Runnable task) {
            tasks.add(task);
            if (running) {
                return false;
            }
            running = true;
            return true;
        }

        void drain() {
            while (true) {
                Runnable next;
                synchronized (this) {
                    next = tasks.poll();
                }
                if (next == null && stopIfIdle()) {
                    return;
                }
                if (next != null) {
                    try {
                        next.run();
                    } catch (RuntimeException e) {
                        log.warn("A change feed delivery failed", e);
                    }
                }
            }
        }

        /** Drops this lane when nothing is queued; false when a task arrived meanwhile. */
        private boolean stopIfIdle() {
            boolean[] idle = {true};
            lanes.compute(contractId, (id, lane) -> {
                synchronized (this) {
                    if (!tasks.isEmpty()) {
                        idle[0] = false;
                        return lane;
                    }
                    running = false;
                }
                return lane == this ? null : lane;
            });
            return idle[0];
        }
    }

    @Override
    public void destroy() {
        if (owned != null) {
            owned.shutdownNow();
        }
        if (ownedScreens != null) {
            ownedScreens.shutdownNow();
        }
    }
}
