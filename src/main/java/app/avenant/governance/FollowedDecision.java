package app.avenant.governance;

import java.time.Instant;
import java.util.UUID;

/**
 * A comité's decision that opened a draft change request ("Décisions suivies : DM n°7 — …").
 *
 * @param changeRequestNumber the request's number on its contract
 */
public record FollowedDecision(UUID changeRequestId, int changeRequestNumber, String decision, Instant openedAt) {}
