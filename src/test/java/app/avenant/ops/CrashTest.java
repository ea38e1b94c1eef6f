package app.avenant.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Decision 0016, "a success means committed to disk": a provider's tool sends API batches while the packaged portal
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
        try (PortalProcess portal = PortalProcess.embedded(Files.createTempDirectory("avenant-crash-h2-"))) {
            // on H2 the file is opened after each kill, which recovers it as the next start does
            killRepeatedly(portal, "H2K", H2_KILLS)
                    .report("H2 (embedded default)")
                    .assertNothingLost(H2_KILLS);
        }
    }

    @Test
    void kill_9_on_mariadb_loses_no_acknowledged_batch() throws Exception {
        String database = "avenant_ops_crash";
        Databases.recreateMariadb(database);
        try (PortalProcess portal =
                PortalProcess.mariadb(Files.createTempDirectory("avenant-crash-mariadb-"), database)) {
            killRepeatedly(portal, "MDK", MARIADB_KILLS).report("MariaDB").assertNothingLost(MARIADB_KILLS);
        } finally {
            Databases.dropMariadb(database);
        }
    }

    /**
     * Kills the portal that many times during API ingestion, looking at what each kill left; then starts it
     * once more on what the kills left, stops it, and looks again after its own recovery.
     */
    private Trials killRepeatedly(PortalProcess portal, String prefix, int kills) throws Exception {
        String token = portal.firstStartWithProviderToken();
        Trials trials = new Trials();
        for (int kill = 1; kill <= kills; kill++) {
            DeliverableLoad load = loadThenKill(portal, token, prefix + kill);
            try (Connection db = portal.connect()) {
                trials.add(kill, load, Databases.storedPerBatch(db, load.prefix()));
            }
        }
        portal.startAndAwaitReady();
        portal.terminate(Duration.ofSeconds(60));
        try (Connection db = portal.connect()) {
            trials.recheck(db);
        }
        return trials;
    }

    /**
     * Starts the portal, lets the tool send until a random number (10 to 60) of batches is acknowledged, then
     * kills the portal mid-stream: the moment of the kill falls anywhere in the flow of requests.
     */
    private DeliverableLoad loadThenKill(PortalProcess portal, String token, String prefix) throws Exception {
        portal.startAndAwaitReady();
        DeliverableLoad load = new DeliverableLoad(portal, token, prefix, CLIENT_THREADS).start();
        load.awaitAcknowledged(10 + random.nextInt(51));
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
            DurabilityCheck check =
                    DurabilityCheck.of(load.acknowledged(), load.sent(), stored, DeliverableLoad.BATCH_SIZE);
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

        Trials report(String database) {
            System.out.println("== crash test, " + database + ", " + loads.size() + " kills -9 during API ingestion");
            lines.forEach(System.out::println);
            System.out.println("  total: " + total);
            System.out.println("  after a last restart: "
                    + (changedOnRecheck == 0 ? "the same batches, unchanged" : "batches differ from the first look"));
            return this;
        }

        void assertNothingLost(int kills) {
            assertThat(loads).hasSize(kills);
            assertThat(total.acknowledged())
                    .as("the client got acknowledgements to check")
                    .isPositive();
            assertThat(total.lost()).as("acknowledged batches lost").isZero();
            assertThat(total.duplicated()).as("batches stored twice").isZero();
            assertThat(total.halfStored()).as("batches stored in part").isZero();
            assertThat(changedOnRecheck)
                    .as("the stored batches after the portal's own restart")
                    .isZero();
        }
    }
}
