package app.avenant.contract;

import app.avenant.contract.terms.Terms;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The terms of recently read versions, shared by every request and screen of this server. An adopted version
 * never changes (an avenant is immutable; a later change is a new version), so what was read once stays true:
 * the version in force of a busy contract is read from the database once, not by every screen, acceptance
 * and statement. Only what a committed transaction read is kept: a version adopted in a transaction that
 * then rolls back never enters. Contract ids are never reused, so nothing kept can be mistaken for another
 * contract's. Works the same with several servers, since nothing here can become stale.
 */
@Component
class AdoptedTerms {

    /** Versions kept; the least recently used goes first. A 500-item version is a few hundred KB. */
    private static final int KEPT = 64;

    /** An adopted version never changes: its stamp never moves. */
    private static final long NEVER_CHANGES = 0;

    private final StampedByContract<Key, Terms> recent = new StampedByContract<>(KEPT);

    Terms of(UUID contractId, int versionNumber, Supplier<Terms> read) {
        return recent.get(new Key(contractId, versionNumber), NEVER_CHANGES, read);
    }

    private record Key(UUID contractId, int versionNumber) {}
}
