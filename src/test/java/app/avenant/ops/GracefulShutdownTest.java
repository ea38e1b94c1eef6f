package app.avenant.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Decision 0016, graceful shutdown: SIGTERM while a provider's tool is sending batches. The requests in flight
 * finish and are answered 2xx before the database closes (no 500 "Database is already closed"), everything
 * acknowledged is stored, and the portal exits by itself. Run by .ci/run on the built jar.
 */
@Tag("ops")
class GracefulShutdownTest {

    @Test
    void sigterm_on_the_embedded_database_lets_requests_in_flight_finish() throws Exception {
        try (PortalProcess portal = PortalProcess.embedded(Files.createTempDirectory("avenant-sigterm-h2-"))) {
            sendThenTerminate(portal, "H2T", "H2 (embedded default)");
        }
    }

    @Test
    void sigterm_on_mariadb_lets_requests_in_flight_finish() throws Exception {
        String database = "avenant_ops_sigterm";
        Databases.recreateMariadb(database);
        try (PortalProcess portal =
                PortalProcess.mariadb(Files.createTempDirectory("avenant-sigterm-mariadb-"), database)) {
            sendThenTerminate(portal, "MDT", "MariaDB");
        } finally {
            Databases.dropMariadb(database);
        }
    }

    private static void sendThenTerminate(PortalProcess portal, String prefix, String database) throws Exception {
        String token = portal.firstStartWithProviderToken();
        portal.startAndAwaitReady();
        DeliverableLoad load = new DeliverableLoad(portal, token, prefix, 4).start();
        load.awaitAcknowledged(20);
        load.mark();
        Instant signal = Instant.now();
        int exit = portal.terminate(Duration.ofSeconds(60));
        Duration stopping = Duration.between(signal, Instant.now());
        load.stop();
        String log = Files.readString(portal.log());
        System.out.println("== graceful shutdown, " + database + ": SIGTERM after "
                + load.acknowledged().size()
                + " acknowledged batches; " + load.acknowledgedAfterMark() + " requests in flight at the signal were"
                + " answered 2xx after it; other answers " + load.otherAnswers() + "; exit code " + exit
                + " after " + stopping.toMillis() + " ms");
        assertThat(load.otherAnswers())
                .as("answers other than 2xx during the shutdown")
                .isEmpty();
        assertThat(load.acknowledgedAfterMark())
                .as("requests in flight at SIGTERM that still got their 2xx")
                .isPositive();
        assertThat(log).doesNotContain("Database is already closed").contains("Graceful shutdown complete");
        try (Connection db = portal.connect()) {
            assertDurable(load, Databases.storedPerBatch(db, load.prefix()));
        }
    }

    private static void assertDurable(DeliverableLoad load, Map<String, Integer> stored) {
        DurabilityCheck check =
                DurabilityCheck.of(load.acknowledged(), load.sent(), stored, DeliverableLoad.BATCH_SIZE);
        System.out.println("   stored after the shutdown: " + check);
        assertThat(check.perfect()).as(check.toString()).isTrue();
    }
}
