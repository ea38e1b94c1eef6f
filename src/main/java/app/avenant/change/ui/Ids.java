package app.avenant.change.ui;

import java.util.Optional;
import java.util.UUID;

/** Route parameters to ids: only the canonical UUID form names something. */
final class Ids {

    private Ids() {
    }

    static Optional<UUID> parse(String text) {
        try {
            UUID id = UUID.fromString(text);
            // UUID.fromString accepts shortened forms ("1-1-1-1-1")
            return id.toString().equalsIgnoreCase(text) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
