package app.avenant.contract;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The contract's open re-certification round, opened when a steering review is held.
 *
 * @param from           the review's start: certifications before it no longer count
 * @param due            the last day to certify; editors and viewers not certified lose access the day after
 * @param pendingOnMySide members of the caller's side still to certify (to keep or let go)
 */
public record RecertificationRound(Instant from, LocalDate due, long pendingOnMySide) {}
