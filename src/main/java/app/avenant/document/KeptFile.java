package app.avenant.document;

import app.avenant.contract.Side;
import java.time.Instant;
import java.util.UUID;

/**
 * A file kept with a contract, as its list shows it.
 *
 * @param removable true when the caller may remove it: who added it, or the owner of that person's side
 */
public record KeptFile(
        UUID id,
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        String addedByName,
        Side addedSide,
        Instant addedAt,
        boolean removable) {}
