package app.avenant.contract.domain;

import java.time.Instant;
import java.util.UUID;

/** A version without its terms: what the history list needs, read without loading the JSON documents. */
public record VersionRow(
        int number, Instant adoptedAt, String summary, UUID clientApproverId, UUID providerApproverId) {}
