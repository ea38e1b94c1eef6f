package app.avenant.contract;

import app.avenant.contract.terms.Terms;
import app.avenant.shared.AfterCommit;
import app.avenant.shared.RecentlyUsed;
import java.util.Map;
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

    private final Map<Key, Terms> recent = RecentlyUsed.map(KEPT);

    Terms of(UUID contractId, int versionNumber, Supplier<Terms> read) {
        Key key = new Key(contractId, versionNumber);
        Terms known = recent.get(key);
        if (known != null) {
            return known;
        }
        Terms terms = read.get();
        AfterCommit.run(() -> recent.put(key, terms));
        return terms;
    }

    private record Key(UUID contractId, int versionNumber) {}
}
