package app.avenant.change;

import app.avenant.contract.Side;
import java.time.Instant;

/** An approval of one revision by an approver of one side. */
public record ApprovalView(Side side, String approverName, int revision, Instant approvedAt) {}
