package app.avenant.change.live;

import app.avenant.change.ChangeRequestEvent;
import app.avenant.contract.Side;
import app.avenant.shared.AfterCommit;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Passes each committed {@link ChangeRequestEvent} to the open screens of <em>its</em> contract only: an open
 * screen of contract A never hears about contract B. Screens subscribe after the service has shown them the
 * contract (a successful {@code detail()} or {@code list()}), so only members ever subscribe.
 *
 * <p>A change request screen {@link #watch watches} one request, as one side, and gets a {@link LiveUpdate} that
 * carries what it shows (docs/decisions/0029): a comment comes with its view (nothing is read); any other event on
 * the watched request, or an acceptance of another request of the contract, comes with a {@link LiveSnapshot} read
 * <em>once per event and request</em> for all the screens of that request, never once per screen. An internal note
 * ({@link InternalNotePosted}) reaches the screens of the author's side only, and nothing else.
 *
 * <p>Delivery happens after commit (a rolled-back action told nobody anything) and off the publishing thread. The
 * events of one contract are delivered in order, one after the other, on a lane of their own; lanes share a small
 * pool, so a slow contract (many screens, a big request) delays no other contract.
 */
@Component
public class ChangeFeed implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);

    private final Map<UUID, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final Map<UUID, Lane> lanes = new ConcurrentHashMap<>();
    private final Executor pool;
    private final @Nullable ExecutorService owned;
    private final @Nullable LiveSnapshots snapshots;

    /** A list (every event of the contract) or a request screen (updates on one request, as one side). */
    private record Subscriber(
            @Nullable Consumer<ChangeRequestEvent> onEvent,
            @Nullable UUID changeRequestId,
            @Nullable Side side,
            @Nullable Consumer<LiveUpdate> onUpdate) {}

    @Autowired
    public ChangeFeed(LiveSnapshots snapshots) {
        AtomicInteger count = new AtomicInteger();
        this.owned = Executors.newFixedThreadPool(
                Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())), task -> {
                    Thread thread = new Thread(task, "change-feed-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.pool = owned;
        this.snapshots = snapshots;
    }

    /** For tests: deliver on the given executor (a direct one delivers on the publishing thread). */
    ChangeFeed(Executor delivery) {
        this(delivery, null);
    }

    /** For tests: deliver on the given executor, reading snapshots from {@code snapshots}. */
    ChangeFeed(Executor delivery, @Nullable LiveSnapshots snapshots) {
        this.pool = delivery;
        this.owned = null;
        this.snapshots = snapshots;
    }

    /** Calls {@code listener} with every later event of {@code contractId}, until the registration is removed. */
    public Registration subscribe(UUID contractId, Consumer<ChangeRequestEvent> listener) {
        return add(contractId, new Subscriber(listener, null, null, null));
    }

    /**
     * Calls {@code listener} with the updates of one request that a member of {@code side} may see, until the
     * registration is removed: its comments, its side's internal notes, and its state after any other event on it
     * or after an acceptance of another request of the contract.
     */
    public Registration watch(UUID contractId, UUID changeRequestId, Side side, Consumer<LiveUpdate> listener) {
        return add(contractId, new Subscriber(null, changeRequestId, side, listener));
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

    @EventListener
    public void on(ChangeRequestEvent event) {
        AfterCommit.run(() -> publish(event));
    }

    @EventListener
    public void on(InternalNotePosted note) {
        AfterCommit.run(() -> publish(note));
    }

    /** Delivers one event to the subscribers of its contract; one failing subscriber does not stop the others. */
    public void publish(ChangeRequestEvent event) {
        List<Subscriber> list = subscribers.get(event.contractId());
        if (list == null || list.isEmpty()) {
            return;
        }
        List<Subscriber> snapshot = List.copyOf(list);
        lane(event.contractId()).execute(() -> deliver(event, snapshot));
    }

    /** An internal note: to the screens of that request and of the note's side only. */
    public void publish(InternalNotePosted note) {
        List<Subscriber> list = subscribers.get(note.contractId());
        if (list == null || list.isEmpty()) {
            return;
        }
        List<Subscriber> targets = list.stream()
                .filter(s -> s.onUpdate() != null
                        && note.changeRequestId().equals(s.changeRequestId())
                        && s.side() == note.side())
                .toList();
        if (targets.isEmpty()) {
            return;
        }
        LiveUpdate update = new LiveUpdate.NoteAdded(note);
        lane(note.contractId()).execute(() -> targets.forEach(s -> tell(s, update)));
    }

    private void deliver(ChangeRequestEvent event, List<Subscriber> targets) {
        // one read per request concerned and per event, shared by all the screens of that request
        Map<UUID, Optional<LiveSnapshot>> read = new HashMap<>();
        LiveUpdate comment = event instanceof ChangeRequestEvent.Commented c && c.comment() != null
                ? new LiveUpdate.CommentAdded(c, c.comment())
                : null;
        for (Subscriber subscriber : targets) {
            try {
                if (subscriber.onEvent() != null) {
                    subscriber.onEvent().accept(event);
                    continue;
                }
                UUID watched = subscriber.changeRequestId();
                if (watched == null) {
                    continue;
                }
                boolean mine = watched.equals(event.changeRequestId());
                if (mine && comment != null) {
                    tell(subscriber, comment);
                } else if (mine || event instanceof ChangeRequestEvent.Accepted) {
                    long start = System.nanoTime();
                    Optional<LiveSnapshot> now = read.computeIfAbsent(watched, id -> snapshot(id, event.actorId()));
                    long readDone = System.nanoTime();
                    now.ifPresent(s -> tell(subscriber, new LiveUpdate.Changed(event, s)));
                    if (log.isDebugEnabled()) {
                        log.debug(
                                "{} on {}: snapshot {} ms, screen {} ms",
                                event.getClass().getSimpleName(),
                                watched,
                                (readDone - start) / 1_000_000,
                                (System.nanoTime() - readDone) / 1_000_000);
                    }
                }
            } catch (RuntimeException e) {
                log.warn("A change feed subscriber failed on {}", event, e);
            }
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

    private Lane lane(UUID contractId) {
        return lanes.computeIfAbsent(contractId, id -> new Lane());
    }

    /** The events of one contract, one after the other, on the shared pool. */
    private final class Lane implements Executor {

        private final Queue<Runnable> tasks = new ArrayDeque<>();
        private boolean running;

        @Override
        public void execute(Runnable task) {
            boolean start;
            synchronized (this) {
                tasks.add(task);
                start = !running;
                running = true;
            }
            if (start) {
                pool.execute(this::drain);
            }
        }

        private void drain() {
            while (true) {
                Runnable next;
                synchronized (this) {
                    next = tasks.poll();
                    if (next == null) {
                        running = false;
                        return;
                    }
                }
                try {
                    next.run();
                } catch (RuntimeException e) {
                    log.warn("A change feed delivery failed", e);
                }
            }
        }
    }

    @Override
    public void destroy() {
        if (owned != null) {
            owned.shutdownNow();
        }
    }
}
