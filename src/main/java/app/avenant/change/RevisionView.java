package app.avenant.change;

import app.avenant.contract.Side;
import java.time.Instant;
import java.util.UUID;

/**
 * One numbered revision (the proposal, then each counter-proposal), by whom and on which base version; the
 * author's id tells a reader their own revision ("Vous modifiez votre révision 3").
 */
public record RevisionView(
        int number, Side side, String authorName, Instant createdAt, int baseVersion, String note, UUID authorUserId) {}
