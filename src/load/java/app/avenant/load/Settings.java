package app.avenant.load;

import java.time.Duration;
import java.util.List;

/**
 * The run's settings, from system properties (-Dload.users=50 …); the defaults finish in about three minutes.
 *
 * <ul>
 *   <li>{@code load.baseUrl} (http://localhost:19080) and {@code load.metricsUrl}
 *       (http://127.0.0.1:19081/actuator/prometheus): the portal and its management port
 *   <li>{@code load.users} (20): concurrent users once ramped up; {@code load.rampSeconds} (20): the ramp-up,
 *       not measured; {@code load.durationSeconds} (100): the measured window at full load
 *   <li>{@code load.thinkMin} / {@code load.thinkMax} (5 / 10): seconds a person reads or types between two
 *       actions, drawn uniformly
 *   <li>{@code load.warmupUsers} (4): users who first go once through the journey with short pauses, not
 *       measured, so that the window does not time the JIT compiling the screens (0: none)
 *   <li>{@code load.push} (true): each user keeps the UI's push WebSocket open, as the browser does
 *   <li>{@code load.contract} (AV-2026-001), {@code load.password} (the demo accounts' password)
 *   <li>{@code load.dbPid}: the MariaDB server's process id, to report its CPU too (optional)
 *   <li>{@code load.portalPid} and {@code load.cpuRounds} (0): with the portal's process id (same machine), one
 *       user alone first goes round that many times without pauses, and the CPU the portal's threads spend on
 *       each request is read from /proc, to tell which requests cost most
 * </ul>
 */
record Settings(
        String baseUrl,
        String metricsUrl,
        int users,
        Duration ramp,
        Duration duration,
        double thinkMin,
        double thinkMax,
        int warmupUsers,
        boolean push,
        String contract,
        String password,
        long databasePid,
        long portalPid,
        int cpuRounds) {

    /** A demo account and the side it signs in for. */
    record Account(String username, String side) {}

    /** The demo accounts of AV-2026-001 who may comment: two for the PME, two for the provider. */
    static final List<Account> ACCOUNTS = List.of(
            new Account("paul.durand", "PME"),
            new Account("julien.moreau", "Prestataire"),
            new Account("claire.martin", "PME"),
            new Account("lea.bernard", "Prestataire"));

    static Settings fromSystemProperties() {
        Settings settings = new Settings(
                property("load.baseUrl", "http://localhost:19080"),
                property("load.metricsUrl", "http://127.0.0.1:19081/actuator/prometheus"),
                Integer.parseInt(property("load.users", "20")),
                Duration.ofSeconds(Long.parseLong(property("load.rampSeconds", "20"))),
                Duration.ofSeconds(Long.parseLong(property("load.durationSeconds", "100"))),
                Double.parseDouble(property("load.thinkMin", "5")),
                Double.parseDouble(property("load.thinkMax", "10")),
                Integer.parseInt(property("load.warmupUsers", "4")),
                Boolean.parseBoolean(property("load.push", "true")),
                property("load.contract", "AV-2026-001"),
                property("load.password", "Avenant-demo-2026"),
                Long.parseLong(property("load.dbPid", "0")),
                Long.parseLong(property("load.portalPid", "0")),
                Integer.parseInt(property("load.cpuRounds", "0")));
        if (settings.users() < 1
                || settings.thinkMax() < settings.thinkMin()
                || settings.duration().isZero()) {
            throw new IllegalArgumentException("load settings make no sense: " + settings);
        }
        return settings;
    }

    static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    String wsBaseUrl() {
        return baseUrl.replaceFirst("^http", "ws");
    }
}
