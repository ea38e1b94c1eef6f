package app.avenant.change;

import app.avenant.contract.Side;
import java.time.Instant;
import java.util.UUID;

/** A comment in the negotiation thread. */
public record CommentView(UUID id, Side side, String authorName, Instant postedAt, String text) {}
