package app.avenant.contract;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The terms of a contract's pilot phase (un essai sur un volume limité), set by the PME owner when starting it.
 *
 * @param volumeCap     the most units the pilot may deliver, at least 1
 * @param endDate       the pilot's last day
 * @param startedAt     when the owner started it
 * @param startedByName who started it
 */
public record PilotTerms(long volumeCap, LocalDate endDate, Instant startedAt, String startedByName) {}
