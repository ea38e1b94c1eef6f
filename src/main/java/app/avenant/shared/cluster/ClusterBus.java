package app.avenant.shared.cluster;

import java.util.function.Consumer;

/**
 * News for the portal's other nodes: a live update, a bell to recount, a failed sign-in, a session to end. Each
 * message goes to every <em>other</em> node (a node has already acted on its own news), at most once, and is lost
 * if a node is down or unreachable at that moment: what is on disk never depends on it, only what open screens
 * and in-memory counters show. Messages of one topic sent by one node arrive in the order sent.
 *
 * <p>Messages are records of plain values (ids, numbers, text, enums, instants), written as JSON.
 */
public interface ClusterBus {

    /** This node's name, unique among running nodes. */
    String nodeId();

    /**
     * True for a portal running alone: there is nobody to tell, so a caller may skip building a message that costs
     * something (a transaction's events written as JSON).
     */
    boolean alone();

    /** Sends {@code message} to the other nodes listening to {@code topic}. */
    void publish(String topic, Object message);

    /** Calls {@code handler}, off the caller's thread, with each message of {@code topic} from another node. */
    <T> void listen(String topic, Class<T> type, Consumer<T> handler);

    /**
     * Calls {@code joined} when another node is first heard of (it may have missed earlier news: tell it what it
     * needs), and {@code left} when a node has not been heard of for a while (gone: forget what it said).
     */
    void watchNodes(Consumer<String> joined, Consumer<String> left);
}
