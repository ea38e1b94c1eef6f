package app.avenant.notification;

import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
 */
@Component
public class NotificationFeed implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NotificationFeed.class);

    private final Map<UUID, List<Runnable>> listeners = new ConcurrentHashMap<>();
    private final Executor delivery;
    private final @Nullable ExecutorService owned;

    @Autowired
    public NotificationFeed() {
        this.owned = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("notification-feed-", 0).factory());
        this.delivery = owned;
    }

    /** For tests: deliver on the given executor (a direct one tells on the calling thread). */
    NotificationFeed(Executor delivery) {
        this.delivery = delivery;
        this.owned = null;
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
            told.addAll(listeners.getOrDefault(userId, List.of()));
        }
        if (told.isEmpty()) {
            return;
        }
        delivery.execute(() -> told.forEach(NotificationFeed::tell));
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
