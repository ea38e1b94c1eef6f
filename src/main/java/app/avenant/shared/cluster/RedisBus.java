package app.avenant.shared.cluster;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.PatternTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bus on Redis publish/subscribe: one channel per topic ({@code <cluster>:<topic>}, the cluster's name
 * {@code avenant} unless two portals share one Redis), each message a JSON envelope
 * with the sending node's name, so a node skips its own. Redis keeps nothing: a node that is down misses what was
 * said meanwhile, which is why the news is only what open pages and counters need now; what is stored, every node
 * reads from the database.
 *
 * <p>Every node says it is alive on {@code <cluster>:nodes} every {@link #HEARTBEAT}; one not heard of for
 * {@link #MISSED_BEATS} beats (killed, cut off) has left, and what it said (its viewers, say) is forgotten by the
 * others. A node heard of for the first time (started, or back after a silence) is told what the others know, and
 * asked, by a "fresh" beat, to tell what it knows.
 */
final class RedisBus implements ClusterBus, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RedisBus.class);

    static final Duration HEARTBEAT = Duration.ofSeconds(2);
    /** Beats missed before a node counts as gone: a long garbage collection is not a death. */
    static final int MISSED_BEATS = 4;

    private static final String NODES = "nodes";
    private static final Duration QUIET_WARNINGS = Duration.ofSeconds(30);

    private final String nodeId;
    private final String prefix;
    private final StringRedisTemplate redis;
    private final RedisMessageListenerContainer container;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock;
    private final Map<String, Instant> lastHeard = new ConcurrentHashMap<>();
    private final List<Consumer<String>> onJoined = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> onLeft = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService beats;
    /** What this node listens to, by topic: kept here, so that listening never needs Redis to be up. */
    private final Map<String, List<Consumer<Message>>> handlers = new ConcurrentHashMap<>();

    private volatile Instant lastWarning = Instant.EPOCH;

    RedisBus(
            String nodeId,
            String cluster,
            StringRedisTemplate redis,
            RedisMessageListenerContainer container,
            Clock clock) {
        this.nodeId = nodeId;
        this.prefix = cluster + ":";
        this.redis = redis;
        this.container = container;
        this.clock = clock;
        // one subscription for every topic of this cluster, registered before the container starts
        container.addMessageListener((message, pattern) -> dispatch(message), new PatternTopic(prefix + "*"));
        listen(NODES, Heartbeat.class, beat -> {
            if (beat.fresh()) {
                onJoined.forEach(joined -> tell(joined, beat.node()));
            }
        });
        this.beats = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("cluster-heartbeat").daemon(true).factory());
        beats.scheduleWithFixedDelay(this::beat, 0, HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Listens, once Redis can be reached: tried at every beat until it works, so that a node whose Redis is down
     * starts and serves its own users all the same (its pages are told of their own node's changes only).
     */
    private void listenWhenReachable() {
        if (container.isListening()) {
            return;
        }
        try {
            container.start();
            log.info("Node {} listens to the other nodes", nodeId);
        } catch (RuntimeException e) {
            warn("Could not listen to the other nodes", e);
            // a start that failed leaves the container "running" without listening: stopped, the next beat retries
            container.stop();
        }
    }

    /**
     * Says this node is alive; {@code fresh} when it has just heard of a node it did not know, so that the others
     * tell it again what it may have missed.
     */
    record Heartbeat(String node, boolean fresh) {}

    @Override
    public String nodeId() {
        return nodeId;
    }

    @Override
    public boolean alone() {
        return false;
    }

    @Override
    public void publish(String topic, Object message) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("node", nodeId);
        envelope.set("body", json.valueToTree(message));
        try {
            redis.convertAndSend(channel(topic), json.writeValueAsString(envelope));
        } catch (RuntimeException e) {
            // the action itself is saved; only the other nodes' open screens learn of it later (on their next read)
            warn("Could not tell the other nodes on " + topic, e);
        }
    }

    @Override
    public <T> void listen(String topic, Class<T> type, Consumer<T> handler) {
        handlers.computeIfAbsent(channel(topic), channel -> new CopyOnWriteArrayList<>())
                .add(message -> receive(topic, type, handler, message));
    }

    private void dispatch(Message message) {
        String channel = new String(message.getChannel(), StandardCharsets.UTF_8);
        handlers.getOrDefault(channel, List.of()).forEach(handler -> handler.accept(message));
    }

    @Override
    public void watchNodes(Consumer<String> joined, Consumer<String> left) {
        onJoined.add(joined);
        onLeft.add(left);
    }

    private <T> void receive(String topic, Class<T> type, Consumer<T> handler, Message message) {
        try {
            JsonNode envelope = json.readTree(message.getBody());
            String from = envelope.path("node").asString();
            if (nodeId.equals(from)) {
                return;
            }
            heard(from);
            handler.accept(json.treeToValue(envelope.path("body"), type));
        } catch (RuntimeException e) {
            log.warn("A message from another node on {} could not be taken", topic, e);
        }
    }

    private void heard(String node) {
        if (lastHeard.put(node, clock.instant()) == null) {
            log.info("Node {} is running beside this one ({})", node, nodeId);
            onJoined.forEach(joined -> tell(joined, node));
            publish(NODES, new Heartbeat(nodeId, true));
        }
    }

    private void beat() {
        try {
            listenWhenReachable();
            publish(NODES, new Heartbeat(nodeId, false));
            Instant silentSince = clock.instant().minus(HEARTBEAT.multipliedBy(MISSED_BEATS));
            lastHeard.forEach((node, at) -> {
                if (at.isBefore(silentSince) && lastHeard.remove(node, at)) {
                    log.warn("Node {} has not been heard of since {}: it has left", node, at);
                    onLeft.forEach(left -> tell(left, node));
                }
            });
        } catch (RuntimeException e) {
            // a scheduled task that throws is never run again: this node would fall silent and look dead
            log.warn("A heartbeat failed", e);
        }
    }

    private static void tell(Consumer<String> listener, String node) {
        try {
            listener.accept(node);
        } catch (RuntimeException e) {
            log.warn("A node listener failed for {}", node, e);
        }
    }

    private void warn(String what, RuntimeException e) {
        Instant now = clock.instant();
        if (now.isAfter(lastWarning.plus(QUIET_WARNINGS))) {
            lastWarning = now;
            log.warn("{} (Redis unreachable? further failures in the next {} are not logged)", what, QUIET_WARNINGS, e);
        }
    }

    private String channel(String topic) {
        return prefix + topic;
    }

    @Override
    public void destroy() {
        beats.shutdownNow();
        container.stop();
    }
}
