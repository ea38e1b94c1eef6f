package app.avenant.contract;

import java.time.Instant;
import java.util.UUID;

/**
 * A version recognised by its fingerprint, on a contract the caller is a member of.
 *
 * @param currentVersion the contract's version in force today: the document may have been replaced since
 */
public record FoundVersion(
        UUID contractId,
        String reference,
        String title,
        int number,
        Instant adoptedAt,
        int currentVersion,
        String fingerprint) {

    public boolean isInForce() {
        return number == currentVersion;
    }
}
