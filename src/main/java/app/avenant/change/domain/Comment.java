package app.avenant.change.domain;

import app.avenant.contract.Side;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A message in a change request's shared thread. Created only by {@link ChangeRequest#comment}, which enforces the rules. */
@Entity
@Immutable
@Table(name = "change_request_comment")
public class Comment extends ThreadMessage {

    public static final int MAX_LENGTH = ThreadMessage.MAX_LENGTH;

    protected Comment() {
        // for JPA
    }

    Comment(UUID changeRequestId, Side side, UUID userId, Instant at, String text) {
        super(changeRequestId, side, userId, at, text);
    }
}
