package app.avenant.change.live;

import app.avenant.change.ChangeRequestEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A change-feed event as it travels to the other nodes (docs/decisions/0054): its kind, the simple name of one of
 * {@link ChangeRequestEvent}'s records or {@link InternalNotePosted}, and the record's fields as JSON. Only those
 * kinds are read back: a name the node does not know is refused, never looked up as a class. The other node
 * delivers the event to its own open screens exactly as if it had been committed there.
 */
record RelayedEvent(String kind, JsonNode fields) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Class<?>> KINDS = kinds();

    /** One transaction's events, as a node committed them. */
    record Batch(List<RelayedEvent> events) {}

    /** A person's open request screens on a contract: closed ({@code accessEnded}) or read again. */
    record ScreensOf(UUID contractId, UUID userId, boolean accessEnded) {}

    static RelayedEvent of(Object event) {
        String kind = event.getClass().getSimpleName();
        if (KINDS.get(kind) != event.getClass()) {
            throw new IllegalArgumentException("Not a change feed event: " + event);
        }
        return new RelayedEvent(kind, JSON.valueToTree(event));
    }

    /** The event again, as the committing node published it. */
    Object toEvent() {
        Class<?> type = KINDS.get(kind);
        if (type == null) {
            throw new IllegalArgumentException("Unknown change feed event from another node: " + kind);
        }
        return JSON.treeToValue(fields, type);
    }

    private static Map<String, Class<?>> kinds() {
        Map<String, Class<?>> kinds = new HashMap<>();
        for (Class<?> kind : ChangeRequestEvent.class.getPermittedSubclasses()) {
            kinds.put(kind.getSimpleName(), kind);
        }
        kinds.put(InternalNotePosted.class.getSimpleName(), InternalNotePosted.class);
        return Map.copyOf(kinds);
    }
}
