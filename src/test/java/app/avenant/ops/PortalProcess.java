package app.avenant.ops;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged portal as an operator runs it: {@code java -jar target/avenant-*.jar} in a working folder of
 * its own, on free ports, with its output in {@code portal-N.log} of that folder. Stopped the way operators and
 * crashes stop it: SIGTERM ({@link #terminate}) or SIGKILL ({@link #kill}).
 */
final class PortalProcess implements AutoCloseable {

    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path workDir;
    /** The MariaDB database it runs on; null on the embedded H2 of {@code workDir/data}. */
    private final String database;

    private final Map<String, String> env;
    private final List<String> args;
    private final int port;
    private final int managementPort;
    private int starts;
    private Process process;

    private PortalProcess(Path workDir, String database, Map<String, String> env, List<String> args)
            throws IOException {
        this.workDir = workDir;
        this.database = database;
        this.env = env;
        this.args = args;
        this.port = freePort();
        this.managementPort = freePort();
    }

    /** On the embedded default: an H2 file under {@code ./data} of {@code workDir}. */
    static PortalProcess embedded(Path workDir) throws IOException {
        return new PortalProcess(workDir, null, new LinkedHashMap<>(), List.of());
    }

    /** With the MariaDB profile, on the given database (created on first connection). */
    static PortalProcess mariadb(Path workDir, String database) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AVENANT_DB_URL", Databases.mariadbUrl(database) + "?createDatabaseIfNotExist=true");
        env.put("AVENANT_DB_USER", Databases.MARIADB_USER);
        env.put("AVENANT_DB_PASSWORD", Databases.MARIADB_PASSWORD);
        return new PortalProcess(workDir, database, env, List.of("--spring.profiles.active=mariadb"));
    }

    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("avenant-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "No target/avenant-*.jar: build it first with ./mvnw -B -ntp package"))
                    .toAbsolutePath();
        }
    }

    PortalProcess start() throws IOException {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-Xmx512m", "-jar", jar().toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("portal-" + (++starts) + ".log").toFile());
        // only what this test says: nothing inherited from the shell that runs the build
        builder.environment().keySet().removeIf(name -> name.startsWith("AVENANT_") || name.startsWith("SPRING_"));
        builder.environment().put("AVENANT_ALERTS_ENABLED", "false");
        builder.environment().putAll(env);
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("AVENANT_MANAGEMENT_PORT", String.valueOf(managementPort));
        process = builder.start();
        return this;
    }

    /**
     * The first start (migrations, demo data), stopped again, and an API token of the demo's provider stored in
     * its database: what a provider's tool needs before the test starts the portal for real.
     */
    String firstStartWithProviderToken() throws Exception {
        startAndAwaitReady();
        terminate(Duration.ofSeconds(60));
        try (Connection db = connect()) {
            return Databases.createProviderToken(db);
        }
    }

    /** Its database from outside: MariaDB at any time, the H2 file only while the portal is down. */
    Connection connect() throws SQLException {
        return database == null ? Databases.h2(workDir.resolve("data")) : Databases.mariadb(database);
    }

    /** Starts and waits until readiness answers UP (the database is migrated and reachable). */
    PortalProcess startAndAwaitReady() throws Exception {
        start();
        awaitReady(Duration.ofSeconds(120));
        return this;
    }

    void awaitReady(Duration timeout) {
        await("readiness of the portal in " + workDir)
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(
                                "The portal stopped during start-up (exit " + process.exitValue() + "), see " + log());
                    }
                    return status(management("/actuator/health/readiness")) == 200;
                });
    }

    /** SIGKILL: the process ends at once, as in a crash or an out-of-memory kill. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, then waits for the process to end; its exit code. */
    int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            throw new IllegalStateException("The portal did not stop within " + timeout + " of SIGTERM");
        }
        return process.exitValue();
    }

    /** One more setting, as an environment variable of the next start (alerts are off unless this turns them on). */
    PortalProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    int port() {
        return port;
    }

    int managementPort() {
        return managementPort;
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    String management(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }

    Path workDir() {
        return workDir;
    }

    Path log() {
        return workDir.resolve("portal-" + starts + ".log");
    }

    static int status(String url) {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (alive()) {
            kill();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
