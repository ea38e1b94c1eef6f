package app.avenant.shared.cluster;

import java.util.function.Consumer;

/** The bus of a portal running alone (the embedded default): there is nobody else to tell. */
final class SingleNode implements ClusterBus {

    private final String nodeId;

    SingleNode(String nodeId) {
        this.nodeId = nodeId;
    }

    @Override
    public String nodeId() {
        return nodeId;
    }

    @Override
    public boolean alone() {
        return true;
    }

    @Override
    public void publish(String topic, Object message) {
        // alone: every screen and counter is in this process and was told already
    }

    @Override
    public <T> void listen(String topic, Class<T> type, Consumer<T> handler) {
        // no other node will ever speak
    }

    @Override
    public void watchNodes(Consumer<String> joined, Consumer<String> left) {
        // no other node will ever join
    }
}
