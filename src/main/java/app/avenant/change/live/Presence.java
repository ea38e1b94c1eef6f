package app.avenant.change.live;

import com.vaadin.flow.shared.Registration;
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
 * Who is looking at which change request right now, so a screen can say "Également sur cette page :
 * Julien Moreau". A screen {@link #enter enters} when it shows a change request and removes its
 * registration when it leaves (detach, navigation); everyone on the same change request is told.
 * Only screens that the service let see the change request enter, so names never leak across contracts.
 * The others are told off the entering (or leaving) request's thread: opening a page never waits for the
 * other viewers' screens (docs/decisions/0029).
 */
@Component
public class Presence implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Presence.class);

    private final Map<UUID, List<Viewer>> viewers = new ConcurrentHashMap<>();
    private final Executor notifier;
    private final @Nullable ExecutorService owned;

    @Autowired
    public Presence() {
        this.owned = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("presence-", 0).factory());
        this.notifier = owned;
    }

    /** For tests: tell the others on the given executor (a direct one tells them on the caller's thread). */
    Presence(Executor notifier) {
        this.notifier = notifier;
        this.owned = null;
    }

    @Override
    public void destroy() {
        if (owned != null) {
            owned.shutdownNow();
        }
    }

    /** One open screen: who, and what to call when the viewers of its change request change. */
    private record Viewer(String displayName, Runnable onChange) {}

    public Registration enter(UUID changeRequestId, String displayName, Runnable onChange) {
        Viewer viewer = new Viewer(displayName, onChange);
        viewers.compute(changeRequestId, (id, list) -> {
            List<Viewer> target = list == null ? new CopyOnWriteArrayList<>() : list;
            target.add(viewer);
            return target;
        });
        notifyOthers(changeRequestId, viewer);
        return () -> {
            boolean[] removed = {false};
            viewers.computeIfPresent(changeRequestId, (id, list) -> {
                // identity, not equals: the same person may have two tabs open
                removed[0] = list.removeIf(v -> v == viewer);
                return list.isEmpty() ? null : list;
            });
            if (removed[0]) {
                notifyOthers(changeRequestId, viewer);
            }
        };
    }

    /** Screens registered as viewing some change request, all requests together (the leak test wants 0). */
    public int viewerTotal() {
        return viewers.values().stream().mapToInt(List::size).sum();
    }

    /** Display names of everyone viewing the change request, in order of arrival, one entry per screen. */
    public List<String> viewers(UUID changeRequestId) {
        List<Viewer> list = viewers.get(changeRequestId);
        return list == null ? List.of() : list.stream().map(Viewer::displayName).toList();
    }

    private void notifyOthers(UUID changeRequestId, Viewer except) {
        List<Viewer> list = viewers.get(changeRequestId);
        if (list == null) {
            return;
        }
        for (Viewer viewer : list) {
            if (viewer != except) {
                notifier.execute(() -> {
                    try {
                        viewer.onChange().run();
                    } catch (RuntimeException e) {
                        log.warn("A presence listener failed", e);
                    }
                });
            }
        }
    }
}
