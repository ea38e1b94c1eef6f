package app.avenant.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Decision 0016, backup and restore drilled as the README documents them: a backup taken while a provider's tool
 * keeps writing, restored into a fresh database, the portal started on it; the audit chain verifies, every
 * batch acknowledged before the backup began is there whole, nothing is there in part, and the portal's
 * start changes no count. Run by .ci/run on the built jar.
 */
@Tag("ops")
class BackupDrillTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern BACKUP_FILE = Pattern.compile("\"file\"\\s*:\\s*\"([^\"]+)\"");

    @Test
    void an_online_h2_backup_restores_into_a_portal_whose_trail_verifies() throws Exception {
        Path live = Files.createTempDirectory("avenant-drill-h2-live-");
        Path restored = Files.createTempDirectory("avenant-drill-h2-restored-");
        Snapshot snapshot;
        Path backup;
        try (PortalProcess portal = PortalProcess.embedded(live)) {
            String token = portal.firstStartWithProviderToken();
            portal.startAndAwaitReady();
            DeliverableLoad load = new DeliverableLoad(portal, token, "H2B", 4).start();
            load.awaitAcknowledged(20);
            Set<String> acknowledgedBefore = load.acknowledged();
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create(portal.management("/actuator/backup")))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .timeout(Duration.ofSeconds(120))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Set<String> sentBy = load.sent();
            // writes go on after the backup too: they must not be in it
            load.awaitAcknowledged(load.acknowledged().size() + 5);
            load.stop();
            portal.terminate(Duration.ofSeconds(60));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            Matcher file = BACKUP_FILE.matcher(answer.body());
            assertThat(file.find()).as(answer.body()).isTrue();
            backup = Path.of(file.group(1));
            snapshot =
                    new Snapshot(acknowledgedBefore, sentBy, load.acknowledged().size());
        }
        // restore: unzip into an empty data folder, with the audit trail's key kept beside the live data
        Path data = Files.createDirectories(restored.resolve("data"));
        unzip(backup, data);
        copyAuditKey(live.resolve("data"), data);
        long deliverables;
        long auditEntries;
        try (Connection db = Databases.h2(data)) {
            snapshot.assertConsistent("H2", Databases.storedPerBatch(db, "H2B"));
            deliverables = Databases.count(db, "deliverable");
            auditEntries = Databases.count(db, "audit_entry");
        }
        try (PortalProcess portal = PortalProcess.embedded(restored)) {
            portal.startAndAwaitReady();
            assertAuditChainIntact(portal);
            portal.terminate(Duration.ofSeconds(60));
        }
        try (Connection db = Databases.h2(data)) {
            assertThat(Databases.count(db, "deliverable"))
                    .as("deliverables after the restored portal ran")
                    .isEqualTo(deliverables);
            assertThat(Databases.count(db, "audit_entry"))
                    .as("audit entries after the restored portal ran")
                    .isEqualTo(auditEntries);
        }
        System.out.println("   restored H2: " + deliverables + " deliverables, " + auditEntries
                + " audit entries, chain verified by the restored portal");
    }

    @Test
    void a_mariadb_dump_taken_during_writes_restores_into_a_portal_whose_trail_verifies() throws Exception {
        String source = "avenant_ops_drill";
        String target = "avenant_ops_drill_restored";
        Databases.recreateMariadb(source);
        Databases.recreateMariadb(target);
        Path live = Files.createTempDirectory("avenant-drill-mariadb-live-");
        Path restored = Files.createTempDirectory("avenant-drill-mariadb-restored-");
        Path dump = live.resolve("avenant.sql");
        try {
            Snapshot snapshot;
            try (PortalProcess portal = PortalProcess.mariadb(live, source)) {
                String token = portal.firstStartWithProviderToken();
                portal.startAndAwaitReady();
                DeliverableLoad load = new DeliverableLoad(portal, token, "MDB", 4).start();
                load.awaitAcknowledged(20);
                Set<String> acknowledgedBefore = load.acknowledged();
                run(
                        List.of(
                                "mariadb-dump",
                                "--single-transaction",
                                "--routines",
                                "--triggers",
                                "-h",
                                "127.0.0.1",
                                "-u",
                                Databases.MARIADB_USER,
                                source),
                        null,
                        dump);
                Set<String> sentBy = load.sent();
                load.awaitAcknowledged(load.acknowledged().size() + 5);
                load.stop();
                portal.terminate(Duration.ofSeconds(60));
                snapshot = new Snapshot(
                        acknowledgedBefore, sentBy, load.acknowledged().size());
            }
            run(List.of("mariadb", "-h", "127.0.0.1", "-u", Databases.MARIADB_USER, target), dump, null);
            copyAuditKey(live.resolve("data"), Files.createDirectories(restored.resolve("data")));
            long deliverables;
            long auditEntries;
            try (Connection db = Databases.mariadb(target)) {
                snapshot.assertConsistent("MariaDB", Databases.storedPerBatch(db, "MDB"));
                deliverables = Databases.count(db, "deliverable");
                auditEntries = Databases.count(db, "audit_entry");
            }
            try (PortalProcess portal = PortalProcess.mariadb(restored, target)) {
                portal.startAndAwaitReady();
                assertAuditChainIntact(portal);
                portal.terminate(Duration.ofSeconds(60));
            }
            try (Connection db = Databases.mariadb(target)) {
                assertThat(Databases.count(db, "deliverable")).isEqualTo(deliverables);
                assertThat(Databases.count(db, "audit_entry")).isEqualTo(auditEntries);
            }
            System.out.println("   restored MariaDB: " + deliverables + " deliverables, " + auditEntries
                    + " audit entries, chain verified by the restored portal");
        } finally {
            Databases.dropMariadb(source);
            Databases.dropMariadb(target);
        }
    }

    /** What the client knew around the backup: acknowledged before it began, sent by the time it ended. */
    private record Snapshot(Set<String> acknowledgedBefore, Set<String> sentBy, int acknowledgedInAll) {

        void assertConsistent(String database, Map<String, Integer> stored) {
            DurabilityCheck check = DurabilityCheck.of(acknowledgedBefore, sentBy, stored, DeliverableLoad.BATCH_SIZE);
            System.out.println("== backup drill, " + database + ": " + acknowledgedBefore.size()
                    + " batches acknowledged before the backup began, " + stored.size() + " in the backup, "
                    + acknowledgedInAll + " acknowledged by the end of the writes; " + check);
            assertThat(acknowledgedBefore)
                    .as("batches acknowledged before the backup")
                    .isNotEmpty();
            assertThat(check.lost())
                    .as("batches acknowledged before the backup but missing from it")
                    .isZero();
            assertThat(check.halfStored()).as("batches in the backup in part").isZero();
            assertThat(check.duplicated()).isZero();
            assertThat(sentBy)
                    .as("batches in the backup that were only sent after it")
                    .containsAll(stored.keySet());
        }
    }

    private static void assertAuditChainIntact(PortalProcess portal) throws Exception {
        HttpResponse<String> answer = HTTP.send(
                HttpRequest.newBuilder(URI.create(portal.management("/actuator/auditchain")))
                        .timeout(Duration.ofSeconds(120))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body())
                .as("the restored portal's verification of the audit chain")
                .containsPattern("\"intact\"\\s*:\\s*true");
    }

    /** The trail's key is kept beside the live data, outside the database: a restore needs it too. */
    private static void copyAuditKey(Path from, Path to) throws IOException {
        assertThat(from)
                .as("the live portal's data folder, holding the audit trail's key")
                .isDirectory();
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".key"))
                    .toList()) {
                Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path file = into.resolve(entry.getName()).normalize();
                assertThat(file.startsWith(into)).as(entry.getName()).isTrue(); // no "../" out of the folder
                Files.createDirectories(file.getParent());
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void run(List<String> command, Path input, Path output) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        if (!Databases.MARIADB_PASSWORD.isEmpty()) {
            builder.environment().put("MYSQL_PWD", Databases.MARIADB_PASSWORD);
        }
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        if (output != null) {
            builder.redirectOutput(output.toFile());
        }
        Process process = builder.start();
        try (InputStream ignored = output == null ? process.getInputStream() : InputStream.nullInputStream()) {
            if (output == null) {
                ignored.transferTo(System.out);
            }
        }
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
    }
}
