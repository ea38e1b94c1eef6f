package app.avenant.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10, "a success means committed to disk": a provider's tool sends API batches while the packaged portal
 * is killed with SIGKILL at random moments; after each kill every batch the tool was answered 2xx for is
 * stored, exactly once, and no batch is stored in part. Prints acknowledged / lost / duplicated / half-stored.
 * Run by .ci/run on the built jar: {@code ./mvnw -B -ntp test -Dgroups=ops -Dtest=CrashTest}.
 */
@Tag("ops")
class CrashTest {

    private static final int H2_KILLS = 5;
    private static final int MARIADB_KILLS = 3;
    private static final int CLIENT_THREADS = 4;
    private final Random random = new Random();

    @Test
    void kill_9_on_the_embedded_database_loses_no_acknowledged_batch() throws Exception {
        Path work = Files.createTempDirectory("avenant-crash-h2-");
        Path data = work.resolve("data");
        try (PortalProcess portal = PortalProcess.embedded(work)) {
            portal.startAndAwaitReady();
            portal.terminate(java.time.Duration.ofSeconds(60));
            String token;
            try (Connection db = Databases.h2(data)) {
                token = Databases.createProviderToken(db);
            }
            Trials trials = new Trials();
            for (int kill = 1; kill <= H2_KILLS; kill++) {
                DeliverableLoad load = loadThenKill(portal, token, "H2K" + kill);
                try (Connection db = Databases.h2(data)) { // opening the file recovers it, as the next start does
                    trials.add(kill, load, Databases.storedPerBatch(db, load.prefix()));
                }
            }
            // the portal starts on what the kills left, and a second look after its own recovery agrees
            portal.startAndAwaitReady();
            portal.terminate(java.time.Duration.ofSeconds(60));
            try (Connection db = Databases.h2(data)) {
                trials.recheck(db);
            }
            trials.report("H2 (embedded default)");
            trials.assertNothingLost(H2_KILLS);
        }
    }

    @Test
    void kill_9_on_mariadb_loses_no_acknowledged_batch() throws Exception {
        String database = "avenant_ops_crash";
        Databases.recreateMariadb(database);
        Path work = Files.createTempDirectory("avenant-crash-mariadb-");
        try (PortalProcess portal = PortalProcess.mariadb(work, database)) {
            portal.startAndAwaitReady();
            String token;
            try (Connection db = Databases.mariadb(database)) {
                token = Databases.createProviderToken(db);
            }
            portal.kill();
            Trials trials = new Trials();
            for (int kill = 1; kill <= MARIADB_KILLS; kill++) {
                DeliverableLoad load = loadThenKill(portal, token, "MDK" + kill);
                try (Connection db = Databases.mariadb(database)) {
                    trials.add(kill, load, Databases.storedPerBatch(db, load.prefix()));
                }
            }
            portal.startAndAwaitReady();
            try (Connection db = Databases.mariadb(database)) {
                trials.recheck(db);
            }
            trials.report("MariaDB");
            trials.assertNothingLost(MARIADB_KILLS);
        } finally {
            Databases.dropMariadb(database);
        }
    }

    /** Starts the portal, lets the tool send for a random 1.5 to 5.5 s, then kills the portal mid-stream. */
    private DeliverableLoad loadThenKill(PortalProcess portal, String token, String prefix) throws Exception {
        portal.startAndAwaitReady();
        DeliverableLoad load = new DeliverableLoad(portal, token, prefix, CLIENT_THREADS).start();
        Thread.sleep(1500 + random.nextInt(4000));
        portal.kill();
        load.stop();
        return load;
    }

    /** Every kill's figures, and a second look at all of them after the last restart. */
    private static final class Trials {
        private final List<String> lines = new ArrayList<>();
        private final List<DeliverableLoad> loads = new ArrayList<>();
        private final Map<String, Integer> firstLook = new HashMap<>();
        private DurabilityCheck total = new DurabilityCheck(0, 0, 0, 0, 0);
        private int changedOnRecheck;

        void add(int kill, DeliverableLoad load, Map<String, Integer> stored) {
            DurabilityCheck check = DurabilityCheck.of(load.acknowledged(), load.sent(), stored, DeliverableLoad.BATCH_SIZE);
            lines.add("  kill " + kill + ": " + check + "; other answers " + load.otherAnswers());
            loads.add(load);
            firstLook.putAll(stored);
            total = total.plus(check);
        }

        void recheck(Connection db) throws Exception {
            Set<String> prefixes = new HashSet<>();
            loads.forEach(load -> prefixes.add(load.prefix()));
            Map<String, Integer> now = new HashMap<>();
            for (String prefix : prefixes) {
                now.putAll(Databases.storedPerBatch(db, prefix));
            }
            changedOnRecheck = now.equals(firstLook) ? 0 : Math.max(1, Math.abs(now.size() - firstLook.size()));
        }

        void report(String database) {
            System.out.println("== crash test, " + database + ", " + loads.size() + " kills -9 during API ingestion");
            lines.forEach(System.out::println);
            System.out.println("  total: " + total);
            System.out.println("  after a last restart: " + (changedOnRecheck == 0 ? "the same batches, unchanged"
                    : "batches differ from the first look"));
        }

        void assertNothingLost(int kills) {
            assertThat(loads).hasSize(kills);
            assertThat(total.acknowledged()).as("the client got acknowledgements to check").isPositive();
            assertThat(total.lost()).as("acknowledged batches lost").isZero();
            assertThat(total.duplicated()).as("batches stored twice").isZero();
            assertThat(total.halfStored()).as("batches stored in part").isZero();
            assertThat(changedOnRecheck).as("the stored batches after the portal's own restart").isZero();
        }
    }
}
