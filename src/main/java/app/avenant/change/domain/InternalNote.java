package app.avenant.change.domain;

import app.avenant.contract.Side;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A note one side writes about a request for its own people only (docs/decisions/0024): never shown to the
 * other side, whatever its role. Created only by {@link ChangeRequest#internalNote}, which enforces the rules.
 */
@Entity
@Immutable
@Table(name = "change_request_internal_note")
public class InternalNote extends ThreadMessage {

    protected InternalNote() {
        // for JPA
    }

    InternalNote(UUID changeRequestId, Side side, UUID userId, Instant at, String text) {
        super(changeRequestId, side, userId, at, text);
    }
}
