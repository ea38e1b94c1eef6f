package app.avenant.contract;

import app.avenant.shared.AfterCommit;
import app.avenant.shared.RecentlyUsed;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What is read from rows that only change together with their contract's row, shared by every request of this
 * server and kept with a stamp taken from that contract row (decision 0040): the versions adopted change only with
 * the contract's version in force, the status history only with a write of the contract row (which moves its
 * optimistic-lock version). A screen that has just checked the caller's access holds the contract row: when its
 * stamp is the one kept, the value is still true and is not read again. The stamp comes from the row read in this
 * request, and the value is read after it, so what is kept is never older than its stamp; another server's write
 * moves the stamp too, so this works with several servers. Only what a committed transaction read is kept.
 *
 * @param <K> what the value is of (a contract, or a contract and a page size)
 */
final class StampedByContract<K, V> {

    private record Stamped<V>(long stamp, V value) {}

    private final Map<K, Stamped<V>> recent;

    StampedByContract(int kept) {
        this.recent = RecentlyUsed.map(kept);
    }

    V get(K key, long stamp, Supplier<V> read) {
        Stamped<V> known = recent.get(key);
        if (known != null && known.stamp() == stamp) {
            return known.value();
        }
        V value = read.get();
        AfterCommit.run(() -> recent.put(key, new Stamped<>(stamp, value)));
        return value;
    }
}
