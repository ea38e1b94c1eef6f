package app.avenant.change.live;

import app.avenant.change.ChangeRequestEvent;
import app.avenant.shared.AfterCommit;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Passes each committed {@link ChangeRequestEvent} to the subscribers of <em>its</em> contract only: an
 * open screen of contract A never hears about contract B. Screens subscribe after the service has shown
 * them the contract (a successful {@code detail()} or {@code list()}), so only members ever subscribe.
 *
 * <p>Delivery happens after commit (a rolled-back action told nobody anything) and off the publishing
 * thread: the subscribers' refreshes read the database in their own transactions and with their own
 * user, not inside the finished transaction of whoever acted, and the actor's request does not wait for
 * every open screen. One delivery thread keeps the events of a contract in order.
 */
@Component
public class ChangeFeed implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);

    private final Map<UUID, List<Consumer<ChangeRequestEvent>>> subscribers = new ConcurrentHashMap<>();
    private final Executor delivery;
    private final @Nullable ExecutorService owned;

    @Autowired
    public ChangeFeed() {
        this.owned = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "change-feed");
            thread.setDaemon(true);
            return thread;
        });
        this.delivery = owned;
    }

    /** For tests: deliver on the given executor (a direct one delivers on the publishing thread). */
    ChangeFeed(Executor delivery) {
        this.delivery = delivery;
        this.owned = null;
    }

    /** Calls {@code listener} with every later event of {@code contractId}, until the registration is removed. */
    public Registration subscribe(UUID contractId, Consumer<ChangeRequestEvent> listener) {
        // compute keeps "add" and "remove the emptied list" atomic per contract
        subscribers.compute(contractId, (id, list) -> {
            List<Consumer<ChangeRequestEvent>> target = list == null ? new CopyOnWriteArrayList<>() : list;
            target.add(listener);
            return target;
        });
        return () -> subscribers.computeIfPresent(contractId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** Number of subscribers of a contract (tests, diagnostics). */
    public int subscriberCount(UUID contractId) {
        List<Consumer<ChangeRequestEvent>> list = subscribers.get(contractId);
        return list == null ? 0 : list.size();
    }

    @EventListener
    public void on(ChangeRequestEvent event) {
        AfterCommit.run(() -> publish(event));
    }

    /** Delivers one event to the subscribers of its contract; one failing subscriber does not stop the others. */
    public void publish(ChangeRequestEvent event) {
        List<Consumer<ChangeRequestEvent>> list = subscribers.get(event.contractId());
        if (list == null || list.isEmpty()) {
            return;
        }
        List<Consumer<ChangeRequestEvent>> snapshot = List.copyOf(list);
        delivery.execute(() -> {
            for (Consumer<ChangeRequestEvent> subscriber : snapshot) {
                try {
                    subscriber.accept(event);
                } catch (RuntimeException e) {
                    log.warn("A change feed subscriber failed on {}", event, e);
                }
            }
        });
    }

    @Override
    public void destroy() {
        if (owned != null) {
            owned.shutdownNow();
        }
    }
}
