package app.avenant.contract.domain;

import java.time.Instant;
import java.util.UUID;

/** A version found by its fingerprint, before the caller's right on its contract is checked. */
public record FingerprintRow(UUID contractId, int number, Instant adoptedAt, String fingerprint) {}
