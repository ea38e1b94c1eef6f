package app.avenant.change.live;

import app.avenant.shared.cluster.ClusterBus;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
 * other viewers' screens (docs/decisions/0029). With several nodes, each tells the others who is on which request
 * (docs/decisions/0054).
 */
@Component
public class Presence implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Presence.class);

    static final String TOPIC = "presence";

    private final Map<UUID, List<Viewer>> viewers = new ConcurrentHashMap<>();
    /** Who the other nodes say is on each request, per node (docs/decisions/0054). */
    private final Map<UUID, Map<String, List<Seen>>> elsewhere = new ConcurrentHashMap<>();

    private final Executor notifier;
    private final @Nullable ExecutorService owned;
    private @Nullable ClusterBus bus;

    @Autowired
    public Presence(ClusterBus bus) {
        this();
        relayThrough(bus);
    }

    private Presence() {
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

    /** One open screen: who, since when, and what to call when the viewers of its change request change. */
    private record Viewer(String displayName, Instant since, Runnable onChange) {}

    /** A screen open on another node, as that node tells it. */
    record Seen(String displayName, Instant since) {}

    /** Everyone on one request on one node: the whole list each time, so a lost message is mended by the next. */
    record NodeViewers(UUID changeRequestId, String nodeId, List<Seen> viewers) {}

    /**
     * Says who is on each request to the other nodes and hears what they say: a node that joins is told everyone
     * here, a node gone (killed, cut off) is forgotten, and the screens here are told whenever that changes the
     * names they show.
     */
    void relayThrough(ClusterBus bus) {
        this.bus = bus;
        bus.listen(TOPIC, NodeViewers.class, this::heard);
        bus.watchNodes(joined -> viewers.keySet().forEach(this::tellNodes), this::forget);
    }

    private void heard(NodeViewers there) {
        elsewhere.compute(there.changeRequestId(), (id, nodes) -> {
            Map<String, List<Seen>> target = nodes == null ? new ConcurrentHashMap<>() : nodes;
            if (there.viewers().isEmpty()) {
                target.remove(there.nodeId());
            } else {
                target.put(there.nodeId(), List.copyOf(there.viewers()));
            }
            return target.isEmpty() ? null : target;
        });
        notifyOthers(there.changeRequestId(), null);
    }

    private void forget(String node) {
        for (UUID changeRequestId : List.copyOf(elsewhere.keySet())) {
            boolean[] removed = {false};
            elsewhere.computeIfPresent(changeRequestId, (id, nodes) -> {
                removed[0] = nodes.remove(node) != null;
                return nodes.isEmpty() ? null : nodes;
            });
            if (removed[0]) {
                notifyOthers(changeRequestId, null);
            }
        }
    }

    /** This node's viewers of one request, to the other nodes. */
    private void tellNodes(UUID changeRequestId) {
        if (bus == null || bus.alone()) {
            return;
        }
        List<Viewer> here = viewers.getOrDefault(changeRequestId, List.of());
        bus.publish(
                TOPIC,
                new NodeViewers(
                        changeRequestId,
                        bus.nodeId(),
                        here.stream()
                                .map(v -> new Seen(v.displayName(), v.since()))
                                .toList()));
    }

    public Registration enter(UUID changeRequestId, String displayName, Runnable onChange) {
        Viewer viewer = new Viewer(displayName, Instant.now(), onChange);
        viewers.compute(changeRequestId, (id, list) -> {
            List<Viewer> target = list == null ? new CopyOnWriteArrayList<>() : list;
            target.add(viewer);
            return target;
        });
        notifyOthers(changeRequestId, viewer);
        tellNodes(changeRequestId);
        return () -> {
            boolean[] removed = {false};
            viewers.computeIfPresent(changeRequestId, (id, list) -> {
                // identity, not equals: the same person may have two tabs open
                removed[0] = list.removeIf(v -> v == viewer);
                return list.isEmpty() ? null : list;
            });
            if (removed[0]) {
                notifyOthers(changeRequestId, viewer);
                tellNodes(changeRequestId);
            }
        };
    }

    /** Screens registered as viewing some change request, all requests together (the leak test wants 0). */
    public int viewerTotal() {
        return viewers.values().stream().mapToInt(List::size).sum();
    }

    /**
     * Display names of everyone viewing the change request, on this node and the others, in order of arrival, one
     * entry per screen.
     */
    public List<String> viewers(UUID changeRequestId) {
        List<Viewer> list = viewers.getOrDefault(changeRequestId, List.of());
        Map<String, List<Seen>> there = elsewhere.get(changeRequestId);
        if (there == null) {
            return list.stream().map(Viewer::displayName).toList();
        }
        List<Seen> all = new ArrayList<>();
        list.forEach(v -> all.add(new Seen(v.displayName(), v.since())));
        there.values().forEach(all::addAll);
        all.sort(Comparator.comparing(Seen::since));
        return all.stream().map(Seen::displayName).toList();
    }

    private void notifyOthers(UUID changeRequestId, @Nullable Viewer except) {
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
