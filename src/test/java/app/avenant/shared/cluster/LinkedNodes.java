package app.avenant.shared.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several nodes' buses joined in one process, for tests without Redis: what one node publishes reaches every other
 * node on the calling thread, written to JSON and read back as Redis carries it, so a message that would not
 * survive the wire fails here too.
 */
public final class LinkedNodes {

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Node> nodes = new ArrayList<>();

    /** A new node on this link; the others hear of it joining, and it hears of them. */
    public ClusterBus join(String nodeId) {
        Node node = new Node(nodeId);
        nodes.add(node);
        return node;
    }

    /** All nodes hear that each of the others is running (as heartbeats would tell them). */
    public void meet() {
        for (Node node : nodes) {
            for (Node other : nodes) {
                if (node != other) {
                    node.joined.forEach(joined -> joined.accept(other.nodeId));
                }
            }
        }
    }

    /** {@code nodeId} stops without a word (kill -9): the others, after their heartbeats' silence, forget it. */
    public void kill(String nodeId) {
        nodes.removeIf(node -> node.nodeId.equals(nodeId));
        for (Node node : nodes) {
            node.left.forEach(left -> left.accept(nodeId));
        }
    }

    private record Listener<T>(String topic, Class<T> type, Consumer<T> handler) {
        void take(String topic, String message, JsonMapper json) {
            if (this.topic.equals(topic)) {
                handler.accept(json.readValue(message, type));
            }
        }
    }

    private final class Node implements ClusterBus {
        private final String nodeId;
        private final List<Listener<?>> listeners = new ArrayList<>();
        private final List<Consumer<String>> joined = new ArrayList<>();
        private final List<Consumer<String>> left = new ArrayList<>();

        Node(String nodeId) {
            this.nodeId = nodeId;
        }

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
            String wire = json.writeValueAsString(message);
            for (Node other : List.copyOf(nodes)) {
                if (other != this) {
                    other.listeners.forEach(listener -> listener.take(topic, wire, json));
                }
            }
        }

        @Override
        public <T> void listen(String topic, Class<T> type, Consumer<T> handler) {
            listeners.add(new Listener<>(topic, type, handler));
        }

        @Override
        public void watchNodes(Consumer<String> joined, Consumer<String> left) {
            this.joined.add(joined);
            this.left.add(left);
        }
    }
}
