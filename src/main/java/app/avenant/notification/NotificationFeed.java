package app.avenant.notification;

import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * costs each bell one count.
 */
@Component
public class NotificationFeed implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationFeed.class);

    /** Long enough for the live screens to be served first; short beside the time a person takes to look up. */
    static final Duration BELL_DELAY = Duration.ofMillis(300);

    private final Map<UUID, List<Runnable>> listeners = new ConcurrentHashMap<>();
    /** Listeners already due to be told: a change meanwhile is covered by that telling. */
    private final Set<Runnable> due = ConcurrentHashMap.newKeySet();

    private final Executor delivery;
    private final Duration delay;
    private final @Nullable ExecutorService owned;

    @Autowired
    public NotificationFeed() {
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

    /** Registers a listener for one user; remove the registration when the screen detaches. */
    public Registration subscribe(UUID userId, Runnable onChange) {
        List<Runnable> ofUser = listeners.computeIfAbsent(userId, id -> new CopyOnWriteArrayList<>());
        ofUser.add(onChange);
        return () -> {
            ofUser.remove(onChange);
            listeners.computeIfPresent(userId, (id, list) -> list.isEmpty() ? null : list);
        };
    }

    void changed(Collection<UUID> userIds) {
        List<Runnable> told = new ArrayList<>();
        for (UUID userId : userIds) {
            for (Runnable listener : listeners.getOrDefault(userId, List.of())) {
                if (due.add(listener)) {
                    told.add(listener);
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
            for (Runnable listener : told) {
                // no longer due before it runs: a change during its count is told again
                due.remove(listener);
                tell(listener);
            }
        });
    }

    private static void tell(Runnable listener) {
        try {
            listener.run();
        } catch (RuntimeException e) {
            log.warn("A bell could not be told of its notifications", e);
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
