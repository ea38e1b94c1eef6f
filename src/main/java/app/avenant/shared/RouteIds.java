package app.avenant.shared;

import java.util.Optional;
import java.util.UUID;

/** Ids in URLs: only the canonical UUID form names something, anything else is simply "not found". */
public final class RouteIds {

    private RouteIds() {}

    public static Optional<UUID> parse(String text) {
        try {
            UUID id = UUID.fromString(text);
            // UUID.fromString also accepts shortened forms such as "1-1-1-1-1"
            return id.toString().equalsIgnoreCase(text) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
