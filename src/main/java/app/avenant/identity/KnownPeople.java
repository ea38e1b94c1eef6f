package app.avenant.identity;

import app.avenant.shared.RecentlyUsed;
import app.avenant.shared.cluster.ClusterBus;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who the signed-in people are, the names shown for user ids and organisation ids, remembered by this server
 * between requests (issue 13, point 4; decision 0039). Every screen asked for them again: the caller at every
 * round trip, the names of contacts, authors and approvers on nearly every screen. These rows change a few times
 * a year (a name, a language, an admin flag, a suspension), so any write to an account or an organisation, through
 * {@link PeopleRowsWritten}, forgets everything: at the write and again once its transaction has ended, so a
 * reader that read the old row meanwhile cannot keep it. A read that started before a write does not keep its
 * result either (the generation moved on). With several nodes (issue 17, decision 0054), a node that wrote tells
 * the others once its transaction committed, and they forget too.
 */
@Component
class KnownPeople {

    private static final int KEPT = 5_000;

    private final Map<String, CurrentUser> callers = RecentlyUsed.map(KEPT);
    private final Map<UUID, Optional<UserRef>> users = RecentlyUsed.map(KEPT);
    private final Map<UUID, Optional<OrganisationRef>> organisations = RecentlyUsed.map(KEPT);
    private final AtomicLong generation = new AtomicLong();
    private final ClusterBus bus;

    static final String TOPIC = "people-written";

    /** An account or an organisation was written on another node. */
    record PeopleWritten() {}

    KnownPeople(ClusterBus bus) {
        this.bus = bus;
        bus.listen(TOPIC, PeopleWritten.class, written -> clear());
    }

    /** The caller by username, or {@code read}'s when not known (kept unless null). */
    @Nullable
    CurrentUser caller(String username, Supplier<@Nullable CurrentUser> read) {
        return remembered(callers, username, read);
    }

    Map<UUID, Optional<UserRef>> users() {
        return users;
    }

    Map<UUID, Optional<OrganisationRef>> organisations() {
        return organisations;
    }

    /** Where a read of several rows starts: its results are kept only if {@link #stillCurrent} says so. */
    long generation() {
        return generation.get();
    }

    boolean stillCurrent(long readAt) {
        return generation.get() == readAt;
    }

    /** An account or an organisation is written: now, and once the writing transaction is over. */
    void forgetAll() {
        clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    clear();
                    if (status == STATUS_COMMITTED) {
                        tellOtherNodes();
                    }
                }
            });
        } else {
            tellOtherNodes();
        }
    }

    /** After the write is visible: a node that forgot before the commit could read the old row again and keep it. */
    private void tellOtherNodes() {
        bus.publish(TOPIC, new PeopleWritten());
    }

    private void clear() {
        generation.incrementAndGet();
        callers.clear();
        users.clear();
        organisations.clear();
    }

    private <K, V> @Nullable V remembered(Map<K, V> map, K key, Supplier<@Nullable V> read) {
        V known = map.get(key);
        if (known != null) {
            return known;
        }
        long readAt = generation();
        V value = read.get();
        if (value != null && stillCurrent(readAt)) {
            map.put(key, value);
        }
        return value;
    }
}
