package app.avenant.change;

import app.avenant.contract.Side;
import java.time.Instant;

/** One numbered revision (the proposal, then each counter-proposal), by whom and on which base version. */
public record RevisionView(int number, Side side, String authorName, Instant createdAt, int baseVersion, String note) {}
