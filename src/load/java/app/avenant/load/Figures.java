package app.avenant.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The figures of one run: every request's and every user action's time, kept only inside the measured window
 * (after the ramp-up, for the configured duration), the errors, and the portal's CPU time read from its
 * Prometheus endpoint when the window opens and when it closes. {@link #report} prints them.
 */
final class Figures {

    /** Times of one request name (or one action), OK ones only; errors are counted apart. */
    static final class Series {
        private final List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger errors = new AtomicInteger();
        private final Map<String, AtomicInteger> reasons = new ConcurrentHashMap<>();

        void ok(long ms) {
            millis.add(ms);
        }

        void error(String reason) {
            errors.incrementAndGet();
            reasons.computeIfAbsent(reason == null ? "?" : reason, r -> new AtomicInteger())
                    .incrementAndGet();
        }

        List<Long> sorted() {
            List<Long> copy;
            synchronized (millis) {
                copy = new ArrayList<>(millis);
            }
            Collections.sort(copy);
            return copy;
        }

        int count() {
            return millis.size() + errors.get();
        }
    }

    /** What the portal's /actuator/prometheus said at one moment. */
    record Metrics(Instant at, double cpuSeconds, double gcPauseSeconds, double cpuCount, double sessions) {}

    private static final Map<String, Series> REQUESTS = new ConcurrentSkipListMap<>();
    private static final Map<String, Series> ACTIONS = new ConcurrentSkipListMap<>();
    private static final Series ALL_REQUESTS = new Series();
    private static final Series ALL_ACTIONS = new Series();
    /** Errors of the set-up, the warm-up and the ramp, outside the figures but reported. */
    private static final Series OUTSIDE = new Series();

    /** UIDL messages the server pushed to the users over their WebSockets (live updates, presence), whole run. */
    static final AtomicLong PUSHED = new AtomicLong();
    /** WebSocket frames received, Atmosphere's own included (its handshake, heartbeats). */
    static final AtomicLong FRAMES = new AtomicLong();

    /** CPU of the portal's threads per request, one user alone: name → {count, ns, answer chars}. */
    private static final Map<String, long[]> CPU_BY_REQUEST = new ConcurrentSkipListMap<>();

    private static final AtomicLong WINDOW_START = new AtomicLong(Long.MAX_VALUE);
    private static final AtomicLong WINDOW_END = new AtomicLong(Long.MAX_VALUE);
    private static volatile Metrics idleFrom;
    private static volatile Metrics idleTo;
    private static volatile Metrics atStart;
    private static volatile Metrics atEnd;
    private static volatile double generatorCpuAtStart;
    private static volatile double generatorCpuAtEnd;
    private static volatile long[] machineAtStart;
    private static volatile long[] machineAtEnd;
    private static volatile double databaseCpuAtStart = Double.NaN;
    private static volatile double databaseCpuAtEnd = Double.NaN;
    /** CPU of the portal's JIT compiler threads at the window's ends, ns (-1: not read). */
    private static volatile long compilerCpuAtStart = -1;

    private static volatile long compilerCpuAtEnd = -1;

    private Figures() {}

    static void window(long startMillis, long endMillis) {
        WINDOW_START.set(startMillis);
        WINDOW_END.set(endMillis);
    }

    static boolean inWindow() {
        long now = System.currentTimeMillis();
        return now >= WINDOW_START.get() && now <= WINDOW_END.get();
    }

    static void request(boolean measured, String name, long millis, boolean ok, String error) {
        if (!measured || !inWindow()) {
            if (!ok) {
                OUTSIDE.error(name + ": " + error);
            }
            return;
        }
        Series series = REQUESTS.computeIfAbsent(name, n -> new Series());
        if (ok) {
            series.ok(millis);
            ALL_REQUESTS.ok(millis);
        } else {
            series.error(error);
            ALL_REQUESTS.error(name + ": " + error);
        }
    }

    static void action(boolean measured, String name, long millis, boolean ok) {
        if (!measured || !inWindow()) {
            return;
        }
        Series series = ACTIONS.computeIfAbsent(name, n -> new Series());
        if (ok) {
            series.ok(millis);
            ALL_ACTIONS.ok(millis);
        } else {
            series.error("failed");
            ALL_ACTIONS.error(name);
        }
    }

    /** Thread id → whether it is a JIT compiler thread, whose work is not the request's. */
    private static final Map<Path, Boolean> COMPILER_THREADS = new ConcurrentHashMap<>();

    /**
     * The CPU time of the portal's threads so far, in ns, from /proc/<pid>/task/<thread>/schedstat (nanosecond
     * precision, where process_cpu_time counts 10 ms ticks), the JIT compiler threads left out (a portal in use
     * has compiled its code long ago); -1 when it cannot be read.
     */
    static long portalThreadsCpuNs(long pid) {
        return threadsCpuNs(pid, false);
    }

    /** The CPU time of the portal's JIT compiler threads so far, in ns; -1 when it cannot be read. */
    static long compilerThreadsCpuNs(long pid) {
        return threadsCpuNs(pid, true);
    }

    private static long threadsCpuNs(long pid, boolean compilers) {
        if (pid <= 0) {
            return -1;
        }
        long total = 0;
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    if (COMPILER_THREADS.computeIfAbsent(task, Figures::isCompilerThread) != compilers) {
                        continue;
                    }
                    String schedstat = Files.readString(task.resolve("schedstat"));
                    total += Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
                } catch (IOException | RuntimeException e) {
                    // a thread that ended meanwhile
                }
            }
            return total;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static boolean isCompilerThread(Path task) {
        try {
            return Files.readString(task.resolve("comm")).contains("CompilerThre");
        } catch (IOException e) {
            return false;
        }
    }

    static void requestCpu(String name, long nanos, int answerChars) {
        long[] sums = CPU_BY_REQUEST.computeIfAbsent(name, n -> new long[3]);
        synchronized (sums) {
            sums[0]++;
            sums[1] += nanos;
            sums[2] += answerChars;
        }
    }

    private static void cpuTable(StringBuilder out) {
        if (CPU_BY_REQUEST.isEmpty()) {
            return;
        }
        line(out, "");
        line(
                out,
                "CPU of the portal's threads per request, one user alone going round without pauses before the users");
        line(out, "(its first third of rounds and the JIT compiler threads left out; work the portal does after");
        line(out, "answering, e.g. the audit writer, is not in it):");
        line(out, "%-52s %6s %12s %12s", "request", "count", "CPU ms mean", "answer KB");
        List<Map.Entry<String, long[]>> byCost = new ArrayList<>();
        for (var entry : CPU_BY_REQUEST.entrySet()) {
            long[] sums = entry.getValue();
            synchronized (sums) {
                String name = entry.getKey();
                line(
                        out,
                        "%-52s %6d %12.1f %12.1f",
                        name.length() > 52 ? name.substring(0, 52) : name,
                        sums[0],
                        sums[1] / 1e6 / sums[0],
                        sums[2] / 1024.0 / sums[0]);
                byCost.add(Map.entry(name, new long[] {sums[0], sums[1]}));
            }
        }
        byCost.sort((a, b) ->
                Double.compare((double) b.getValue()[1] / b.getValue()[0], (double) a.getValue()[1] / a.getValue()[0]));
        List<String> top = new ArrayList<>();
        for (int i = 0; i < Math.min(5, byCost.size()); i++) {
            long[] sums = byCost.get(i).getValue();
            top.add(String.format(Locale.ROOT, "%s %.1f ms", byCost.get(i).getKey(), sums[1] / 1e6 / sums[0]));
        }
        line(out, "most expensive: %s", String.join("; ", top));
    }

    // --- CPU -------------------------------------------------------------------------------------------------

    /** The portal's CPU while nobody uses it (scheduled jobs, GC, the JVM), read before any user starts. */
    static void idle(String metricsUrl, Duration during) {
        idleFrom = read(metricsUrl);
        try {
            Thread.sleep(during);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        idleTo = read(metricsUrl);
    }

    private static double idleCores() {
        Metrics from = idleFrom;
        Metrics to = idleTo;
        if (from == null || to == null || !to.at().isAfter(from.at())) {
            return Double.NaN;
        }
        return (to.cpuSeconds() - from.cpuSeconds())
                / (Duration.between(from.at(), to.at()).toMillis() / 1000.0);
    }

    static void windowOpens(Settings settings) {
        atStart = read(settings.metricsUrl());
        compilerCpuAtStart = compilerThreadsCpuNs(settings.portalPid());
        generatorCpuAtStart = ownCpuSeconds();
        databaseCpuAtStart = processCpuSeconds(settings.databasePid());
        machineAtStart = machineTicks();
    }

    static void windowCloses(Settings settings) {
        atEnd = read(settings.metricsUrl());
        compilerCpuAtEnd = compilerThreadsCpuNs(settings.portalPid());
        generatorCpuAtEnd = ownCpuSeconds();
        databaseCpuAtEnd = processCpuSeconds(settings.databasePid());
        machineAtEnd = machineTicks();
    }

    /** The machine's CPU ticks since boot from /proc/stat: {busy, total}; null where there is no /proc. */
    private static long[] machineTicks() {
        try {
            String cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst();
            String[] fields = cpu.trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            // idle and iowait are the 4th and 5th numbers
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static Metrics read(String metricsUrl) {
        String text = scrape(metricsUrl);
        double cpuNs = Double.NaN;
        double gc = 0;
        double cpus = Double.NaN;
        double sessions = Double.NaN;
        for (String line : text.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("process_cpu_time_ns_total ")) {
                cpuNs = value(line);
            } else if (line.startsWith("jvm_gc_pause_seconds_sum{")) {
                gc += value(line);
            } else if (line.startsWith("system_cpu_count ")) {
                cpus = value(line);
            } else if (line.startsWith("tomcat_sessions_active_current_sessions ")) {
                sessions = value(line);
            }
        }
        if (Double.isNaN(cpuNs)) {
            throw new IllegalStateException("no process_cpu_time_ns_total at " + metricsUrl);
        }
        return new Metrics(Instant.now(), cpuNs / 1e9, gc, cpus, sessions);
    }

    /** The value of each metric named (a line "name value", without labels), NaN for one not found. */
    static double[] gauges(String metricsUrl, String... names) {
        double[] values = new double[names.length];
        Arrays.fill(values, Double.NaN);
        for (String line : scrape(metricsUrl).split("\n")) {
            for (int i = 0; i < names.length; i++) {
                if (line.startsWith(names[i] + " ")) {
                    values[i] = value(line);
                }
            }
        }
        return values;
    }

    /** The portal's Prometheus text, as its management port serves it. */
    static String scrape(String metricsUrl) {
        try (HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            return client.send(
                            HttpRequest.newBuilder(URI.create(metricsUrl))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the portal's metrics at " + metricsUrl + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The sum of every sample of one metric (all its label sets) in a Prometheus text; NaN when absent. */
    static double sum(String prometheusText, String metric) {
        double sum = Double.NaN;
        for (String line : prometheusText.split("\n")) {
            if (line.startsWith(metric + " ") || line.startsWith(metric + "{")) {
                sum = (Double.isNaN(sum) ? 0 : sum) + value(line);
            }
        }
        return sum;
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    static double ownCpuSeconds() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9
                : Double.NaN;
    }

    /** utime + stime of a local process (the database server), from /proc; NaN when unknown. */
    private static double processCpuSeconds(long pid) {
        if (pid <= 0) {
            return Double.NaN;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields after the name: state is [0], utime is [11], stime is [12] (proc(5) fields 14 and 15)
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    // --- report ----------------------------------------------------------------------------------------------

    static String report(Settings settings) {
        StringBuilder out = new StringBuilder();
        Metrics start = atStart;
        Metrics end = atEnd;
        if (start == null || end == null) {
            out.append(
                    "No measured window: the run ended before the ramp-up was over (or the metrics were not read).\n");
            out.append(outsideErrors());
            return out.toString();
        }
        double seconds = Duration.between(start.at(), end.at()).toMillis() / 1000.0;
        double cores = Double.isNaN(end.cpuCount()) ? Runtime.getRuntime().availableProcessors() : end.cpuCount();
        line(out, "");
        line(
                out,
                "Avenant load test: %d concurrent users (think time %s–%s s), ramp-up %d s, measured window %.0f s",
                settings.users(),
                trim(settings.thinkMin()),
                trim(settings.thinkMax()),
                settings.ramp().toSeconds(),
                seconds);
        line(
                out,
                "portal %s, push %s, %d demo accounts, contract %s",
                settings.baseUrl(),
                settings.push() ? "on" : "off",
                Settings.ACCOUNTS.size(),
                settings.contract());
        line(out, "");
        line(out, "%-52s %6s %6s %7s %7s %7s %7s", "request (ms)", "count", "errors", "p50", "p95", "p99", "max");
        REQUESTS.forEach((name, series) -> row(out, name, series));
        row(out, "all requests", ALL_REQUESTS);
        line(out, "");
        line(
                out,
                "%-52s %6s %6s %7s %7s %7s %7s",
                "user action: its requests together (ms)",
                "count",
                "errors",
                "p50",
                "p95",
                "p99",
                "max");
        ACTIONS.forEach((name, series) -> row(out, name, series));
        row(out, "all user actions", ALL_ACTIONS);

        int actions = ALL_ACTIONS.count();
        int requests = ALL_REQUESTS.count();
        int errors = ALL_REQUESTS.errors.get();
        double cpu = end.cpuSeconds() - start.cpuSeconds();
        double gc = end.gcPauseSeconds() - start.gcPauseSeconds();
        double cpuPerAction = actions == 0 ? Double.NaN : cpu * 1000 / actions;
        double cpuPerRequest = requests == 0 ? Double.NaN : cpu * 1000 / requests;
        double actionsPerUserSecond = actions / (settings.users() * seconds);
        double usersPerCoreCpu = cpuPerAction > 0 ? 1000 / (cpuPerAction * actionsPerUserSecond) : Double.NaN;
        double testedPerCore = settings.users() / cores;
        List<Long> all = ALL_REQUESTS.sorted();
        long p95 = percentile(all, 95);
        List<String> slow = new ArrayList<>();
        REQUESTS.forEach((name, series) -> {
            if (percentile(series.sorted(), 95) >= 300) {
                slow.add(name);
            }
        });

        cpuTable(out);

        line(out, "");
        line(
                out,
                "errors: %d of %d requests in the window%s",
                errors,
                requests,
                errors == 0 ? "" : ": " + reasons(ALL_REQUESTS));
        out.append(outsideErrors());
        line(
                out,
                "portal CPU: %.1f s in %.0f s (%.2f of its %.0f cores busy on average), GC pauses %.2f s",
                cpu,
                seconds,
                cpu / seconds,
                cores,
                gc);
        line(
                out,
                "portal CPU per user action: %.1f ms (%d actions); per HTTP request: %.1f ms (%d requests)",
                cpuPerAction,
                actions,
                cpuPerRequest,
                requests);
        double idle = idleCores();
        if (!Double.isNaN(idle)) {
            double net = (cpu - idle * seconds) * 1000 / actions;
            line(
                    out,
                    "  of which idle background: %.3f cores when nobody used it (measured before the run); per user"
                            + " action without it: %.1f ms",
                    idle,
                    net);
        }
        if (compilerCpuAtStart >= 0 && compilerCpuAtEnd >= compilerCpuAtStart) {
            double jit = (compilerCpuAtEnd - compilerCpuAtStart) / 1e9;
            line(
                    out,
                    "  of which the JIT compiler still compiling the portal's code: %.1f s, %.1f ms per user action"
                            + " (a portal that has served for a while has compiled it); per user action without it:"
                            + " %.1f ms",
                    jit,
                    jit * 1000 / actions,
                    (cpu - jit) * 1000 / actions);
        }
        if (!Double.isNaN(databaseCpuAtStart) && !Double.isNaN(databaseCpuAtEnd)) {
            double db = databaseCpuAtEnd - databaseCpuAtStart;
            line(
                    out,
                    "MariaDB server CPU (the whole server process): %.1f s, %.1f ms per user action",
                    db,
                    actions == 0 ? Double.NaN : db * 1000 / actions);
        }
        long[] machineStart = machineAtStart;
        long[] machineEnd = machineAtEnd;
        if (machineStart != null && machineEnd != null && machineEnd[1] > machineStart[1]) {
            double busy = (double) (machineEnd[0] - machineStart[0]) / (machineEnd[1] - machineStart[1]);
            line(
                    out,
                    "whole machine (portal, database, this load generator and anything else running): %.0f%% of its"
                            + " %d cores busy",
                    busy * 100,
                    Runtime.getRuntime().availableProcessors());
        }
        line(
                out,
                "UIDL messages pushed to the users over WebSocket (whole run): %d (in %d frames)",
                PUSHED.get(),
                FRAMES.get());
        line(
                out,
                "load generator (this JVM) CPU: %.1f s, on the same machine",
                generatorCpuAtEnd - generatorCpuAtStart);
        line(out, "each user: %.3f actions/s (one every %.1f s)", actionsPerUserSecond, 1 / actionsPerUserSecond);
        line(out, "");
        line(
                out,
                "users per core at p95 < 300 ms: tested %.0f users per core (%d users on %.0f cores): p95 of all requests"
                        + " %d ms, %s",
                testedPerCore,
                settings.users(),
                cores,
                p95,
                p95 < 300 && slow.isEmpty()
                        ? "every request's p95 < 300 ms -> held"
                        : "NOT held" + (slow.isEmpty() ? "" : " (p95 >= 300 ms: " + String.join(", ", slow) + ")"));
        line(
                out,
                "  CPU-bound estimate: %.0f users per core (1 / (%.1f ms CPU per action x %.3f actions per user per s)),"
                        + " if latency still held at 100%% of a core; not measured beyond the tested load",
                usersPerCoreCpu,
                cpuPerAction,
                actionsPerUserSecond);
        line(
                out,
                "goal (issue 13): <= 10 ms server CPU per action -> %s; p95 < 300 ms at 500 users per core -> %s",
                cpuPerAction <= 10 ? "met" : "not met",
                testedPerCore >= 500
                        ? (p95 < 300 && slow.isEmpty() ? "met" : "not met")
                        : "not tested at that load (estimate above)");
        line(
                out,
                "SUMMARY users=%d actions=%d requests=%d errors=%d p50=%d p95=%d p99=%d cpuMsPerAction=%.1f"
                        + " cpuMsPerRequest=%.1f testedUsersPerCore=%.0f cpuBoundUsersPerCore=%.0f heldP95=%s",
                settings.users(),
                actions,
                requests,
                errors,
                percentile(all, 50),
                p95,
                percentile(all, 99),
                cpuPerAction,
                cpuPerRequest,
                testedPerCore,
                usersPerCoreCpu,
                p95 < 300 && slow.isEmpty());
        return out.toString();
    }

    /** Errors outside the measured window: all of them in a run that has no window (the session memory test). */
    static int outsideErrorCount() {
        return OUTSIDE.errors.get();
    }

    static String outsideErrors() {
        int outside = OUTSIDE.errors.get();
        return outside == 0
                ? ""
                : String.format(
                        Locale.ROOT,
                        "errors outside the window (set-up, warm-up, ramp-up): %d: %s%n",
                        outside,
                        reasons(OUTSIDE));
    }

    /** The commonest errors outside the measured window, with their counts. */
    static String outsideErrorReasons() {
        return reasons(OUTSIDE);
    }

    private static String reasons(Series series) {
        List<String> list = new ArrayList<>();
        series.reasons.entrySet().stream()
                .sorted((a, b) -> b.getValue().get() - a.getValue().get())
                .limit(5)
                .forEach(e -> list.add(e.getValue().get() + " x " + e.getKey()));
        return String.join("; ", list);
    }

    private static void row(StringBuilder out, String name, Series series) {
        List<Long> sorted = series.sorted();
        line(
                out,
                "%-52s %6d %6d %7s %7s %7s %7s",
                name.length() > 52 ? name.substring(0, 52) : name,
                series.count(),
                series.errors.get(),
                ms(percentile(sorted, 50)),
                ms(percentile(sorted, 95)),
                ms(percentile(sorted, 99)),
                ms(sorted.isEmpty() ? -1 : sorted.getLast()));
    }

    private static String ms(long value) {
        return value < 0 ? "-" : Long.toString(value);
    }

    /** Nearest-rank percentile; -1 without samples. */
    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
