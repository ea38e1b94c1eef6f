package app.avenant.contract;

import java.time.LocalDate;
import java.util.UUID;

/** A pilot whose end is near: its owner decides to go on, extend it or stop it. */
public record PilotDue(UUID contractId, String reference, String title, LocalDate endDate) {}
