package app.avenant.notification;

import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * Tells open screens of a user that their notifications changed. Listeners are called from the thread
 * that committed the change: a UI listener must hop onto its own UI with {@code ui.access(...)}.
 */
@Component
public class NotificationFeed {

    private final Map<UUID, List<Runnable>> listeners = new ConcurrentHashMap<>();

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
        for (UUID userId : userIds) {
            for (Runnable listener : listeners.getOrDefault(userId, List.of())) {
                listener.run();
            }
        }
    }

    int listenerCount(UUID userId) {
        return listeners.getOrDefault(userId, List.of()).size();
    }
}
