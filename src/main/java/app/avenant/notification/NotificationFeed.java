package app.avenant.notification;

import app.avenant.shared.cluster.ClusterBus;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Tells open screens of a user that their notifications changed. Listeners are called off the thread that
 * committed the change (a bell re-counts with a read of its own: the person who saved does not wait for the
 * others' bells, docs/decisions/0029): a UI listener must hop onto its own UI with {@code ui.access(...)}.
 *
 * <p>A bell is told a moment after the change ({@link #BELL_DELAY}), once for all the changes of that moment: the
 * open change request screen, which shows the change itself, goes first instead of sharing the machine with every
 * bell re-counting at the same instant, and a burst of events (a counter-proposal is a revision and an approval)
 * costs each bell one count. The bells of one person (one per open page) share that count: a person with ten
 * pages open costs one read, not ten.
 */
@Component
public class NotificationFeed implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationFeed.class);

    /** Long enough for the live screens to be served first; short beside the time a person takes to look up. */
    static final Duration BELL_DELAY = Duration.ofMillis(300);

    private final Map<UUID, List<Listener>> listeners = new ConcurrentHashMap<>();
    /** Listeners already due to be told: a change meanwhile is covered by that telling. */
    private final Set<Listener> due = ConcurrentHashMap.newKeySet();

    /**
     * One open bell of a user: how it counts (as that person) and what it shows. A class, not a record: identity
     * matters, the same screen may subscribe twice.
     */
    private static final class Listener {
        final Supplier<PendingActions> count;
        final Consumer<PendingActions> show;

        Listener(Supplier<PendingActions> count, Consumer<PendingActions> show) {
            this.count = count;
            this.show = show;
        }
    }

    private final Executor delivery;
    private final Duration delay;
    private final @Nullable ExecutorService owned;

    static final String TOPIC = "bells";

    private @Nullable ClusterBus bus;

    /** The bells of the people whose notifications changed, for the nodes where they have pages open. */
    record BellsChanged(List<UUID> userIds) {}

    @Autowired
    public NotificationFeed(ClusterBus bus) {
        this();
        relayThrough(bus);
    }

    /** Bells of other nodes recount when this node changes notifications, and the other way round. */
    void relayThrough(ClusterBus bus) {
        this.bus = bus;
        bus.listen(TOPIC, BellsChanged.class, changed -> changedHere(changed.userIds()));
    }

    private NotificationFeed() {
        this.owned = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("notification-feed-", 0).factory());
        this.delivery = owned;
        this.delay = BELL_DELAY;
    }

    /** For tests: deliver on the given executor (a direct one tells on the calling thread), with no delay. */
    NotificationFeed(Executor delivery) {
        this.delivery = delivery;
        this.delay = Duration.ZERO;
        this.owned = null;
    }

    /** Bells subscribed, all users together (the leak test wants 0 once every page is closed). */
    public int subscriberTotal() {
        return listeners.values().stream().mapToInt(List::size).sum();
    }

    /**
     * Registers a bell: when the user's notifications change, {@code count} runs once for all the bells of that user
     * told at that moment (any of them may count: they all read as the same person), and each bell is given the
     * result through {@code show}. Remove the registration when the screen detaches.
     */
    public Registration subscribe(UUID userId, Supplier<PendingActions> count, Consumer<PendingActions> show) {
        Listener listener = new Listener(count, show);
        List<Listener> ofUser = listeners.computeIfAbsent(userId, id -> new CopyOnWriteArrayList<>());
        ofUser.add(listener);
        return () -> {
            ofUser.remove(listener);
            listeners.computeIfPresent(userId, (id, list) -> list.isEmpty() ? null : list);
        };
    }

    /** Their notifications changed: their bells recount, on this node and on the others (docs/decisions/0054). */
    void changed(Collection<UUID> userIds) {
        if (bus != null && !userIds.isEmpty()) {
            bus.publish(TOPIC, new BellsChanged(List.copyOf(userIds)));
        }
        changedHere(userIds);
    }

    private void changedHere(Collection<UUID> userIds) {
        Map<UUID, List<Listener>> told = new LinkedHashMap<>();
        for (UUID userId : userIds) {
            for (Listener listener : listeners.getOrDefault(userId, List.of())) {
                if (due.add(listener)) {
                    told.computeIfAbsent(userId, id -> new ArrayList<>()).add(listener);
                }
            }
        }
        if (told.isEmpty()) {
            return;
        }
        delivery.execute(() -> {
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            told.values().forEach(NotificationFeed.this::tellUser);
        });
    }

    /** The listeners of one user: one count for all, then each takes it. */
    private void tellUser(List<Listener> ofUser) {
        // no longer due before the count: a change during it is told again
        ofUser.forEach(due::remove);
        PendingActions counted = null;
        for (Listener listener : ofUser) {
            try {
                if (counted == null) {
                    counted = listener.count.get();
                }
                listener.show.accept(counted);
            } catch (RuntimeException e) {
                log.warn("A bell could not be told of its notifications", e);
            }
        }
    }

    int listenerCount(UUID userId) {
        return listeners.getOrDefault(userId, List.of()).size();
    }

    @Override
    public void destroy() {
        if (owned != null) {
            owned.shutdownNow();
        }
    }
}
