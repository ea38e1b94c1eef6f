package app.avenant.load;

import static app.avenant.load.PortalSimulation.click;
import static app.avenant.load.PortalSimulation.closePage;
import static app.avenant.load.PortalSimulation.closePush;
import static app.avenant.load.PortalSimulation.drainPush;
import static app.avenant.load.PortalSimulation.link;
import static app.avenant.load.PortalSimulation.signIn;
import static app.avenant.load.PortalSimulation.signOut;
import static app.avenant.load.PortalSimulation.timed;
import static app.avenant.load.PortalSimulation.ui;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * What a signed-in session costs the portal in memory, and whether it all goes back (issue 13, point 2). Virtual
 * users open sessions in steps (10, then 40 more, then 60 more: 10, 50 and 100 open at once), each what a person
 * has open: signed in through the login page, the contract workspace of AV-2026-001, then one of its change
 * requests (the same UI navigating, as a browser tab does), the push WebSocket open and the client's heartbeat
 * sent every heartbeat interval. The accounts alternate over the four demo accounts of both sides, and the two
 * change requests of the contract alternate too.
 *
 * <p>Apart from the virtual users, a conductor thread measures the portal's JVM through {@code jcmd} (same
 * machine): after a warm-up (each account signs in, opens the same pages and signs out, so classes and caches
 * are loaded), the baseline; then at each step, once the step's sessions are all open: two full collections a
 * second apart, the heap used ({@code GC.heap_info}), the live bytes ({@code GC.class_histogram}, which collects
 * again) and the portal's gauges of open UIs, sessions and live listeners. The slope of heap against sessions
 * (least squares over 0 and the steps) is the memory per session. Then every page is closed as a browser closes
 * a tab (Flow's unload beacon, {@link PortalSimulation#closePage}, and the WebSocket closed), all traffic stops,
 * and once the sessions have expired (or the session timeout plus 90 s have passed) the heap is compared with the
 * baseline and every gauge must be back to 0. Histograms at the last step and after the leak phase go to
 * target/load/.
 *
 * <p>Run by load/run-session-memory.sh; settings (system properties): those of {@link Settings} it uses
 * ({@code load.baseUrl}, {@code load.metricsUrl}, {@code load.portalPid}, {@code load.contract},
 * {@code load.password}, {@code load.push}), {@code load.steps} (10,50,100), {@code load.heartbeatSeconds} (30:
 * the portal's vaadin.heartbeatInterval), {@code load.sessionTimeoutSeconds} (120: the portal's session timeout),
 * {@code load.parallel} (5: sessions being opened at once).
 */
public class SessionMemorySimulation extends Simulation {

    private static final Settings SETTINGS = Settings.fromSystemProperties();
    private static final int[] STEPS = Arrays.stream(
                    Settings.property("load.steps", "10,50,100").split(","))
            .map(String::strip)
            .mapToInt(Integer::parseInt)
            .toArray();
    private static final int HEARTBEAT_SECONDS = Integer.parseInt(Settings.property("load.heartbeatSeconds", "30"));
    private static final int SESSION_TIMEOUT_SECONDS =
            Integer.parseInt(Settings.property("load.sessionTimeoutSeconds", "120"));
    private static final int PARALLEL = Integer.parseInt(Settings.property("load.parallel", "5"));
    private static final double GOAL_KB_PER_SESSION = 150;
    private static final double GOAL_HEAP_PERCENT = 10;

    /** The change requests of AV-2026-001 in the demo data, as their titles start in the list. */
    private static final List<String> CHANGE_REQUESTS = List.of("Volume de référence", "Procédure de rapprochement");

    /** The gauges read at every step: open UIs and sessions, and the listeners a closed page must not leave. */
    private static final List<String> GAUGES = List.of(
            "avenant_vaadin_uis",
            "avenant_vaadin_sessions",
            "avenant_change_feed_subscribers",
            "avenant_presence_viewers",
            "avenant_notification_bells");

    private static final String RUN = DateTimeFormatter.ofPattern("HHmmss").format(LocalDateTime.now());

    private static final AtomicInteger NEXT_USER = new AtomicInteger();
    /** How many sessions may be open now (the conductor raises it step by step). */
    private static final AtomicInteger ALLOWED = new AtomicInteger();

    private static final AtomicInteger OPENED = new AtomicInteger();
    private static final AtomicInteger CLOSED = new AtomicInteger();
    private static final AtomicBoolean WARMED_UP = new AtomicBoolean();
    private static final AtomicBoolean WRONG_HEARTBEAT = new AtomicBoolean();
    /** Every page closes now (the last step was measured, or the run is aborted). */
    private static final AtomicBoolean CLOSING = new AtomicBoolean();

    private Thread conductor;
    private volatile boolean completed;

    public SessionMemorySimulation() {
        if (SETTINGS.portalPid() <= 0) {
            throw new IllegalArgumentException("load.portalPid is needed: the portal's heap is read with jcmd");
        }
        if (STEPS.length == 0 || Arrays.stream(STEPS).anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("load.steps: sessions at each step, e.g. 10,50,100");
        }
        for (int i = 1; i < STEPS.length; i++) {
            if (STEPS[i] <= STEPS[i - 1]) {
                throw new IllegalArgumentException("load.steps must grow: " + Arrays.toString(STEPS));
            }
        }
        int sessions = STEPS[STEPS.length - 1];

        // each account once, both change requests seen (the index picks the request as for the users below)
        ChainBuilder warmUp = exec(session -> session);
        for (int i = 0; i < Settings.ACCOUNTS.size(); i++) {
            Settings.Account account = Settings.ACCOUNTS.get(i);
            int index = i * Settings.ACCOUNTS.size();
            warmUp = warmUp.exec(flushCookieJar())
                    .exec(session -> as(session, account, index))
                    .exec(openSession())
                    .exec(signOut())
                    .exec(closePush());
        }
        ScenarioBuilder warmup = scenario("warm-up: each account once, signed out")
                .exec(warmUp)
                .exec(session -> {
                    WARMED_UP.set(true);
                    return session;
                });

        ScenarioBuilder users = scenario("sessions kept open")
                .exec(session -> {
                    int index = NEXT_USER.getAndIncrement();
                    return as(session, Settings.ACCOUNTS.get(index % Settings.ACCOUNTS.size()), index);
                })
                .exec(asLongAs(session -> !mayOpen(session.getInt("index"))).on(exec(pause(Duration.ofMillis(250)))))
                .exec(doIf(session -> !CLOSING.get())
                        .then(exec(openSession())
                                .exec(session -> {
                                    int interval = ui(session).heartbeatInterval;
                                    if (interval != HEARTBEAT_SECONDS && WRONG_HEARTBEAT.compareAndSet(false, true)) {
                                        System.out.printf(
                                                "WARNING: the portal has the client beat every %d s, the users every"
                                                        + " %d s (load.heartbeatSeconds)%n",
                                                interval, HEARTBEAT_SECONDS);
                                    }
                                    OPENED.incrementAndGet();
                                    return session.set("lastBeat", System.currentTimeMillis());
                                })
                                .exec(asLongAs(session -> !CLOSING.get())
                                        .on(exec(pause(Duration.ofSeconds(1)))
                                                .exec(drainPush())
                                                .exec(doIf(session ->
                                                                System.currentTimeMillis() - session.getLong("lastBeat")
                                                                        >= HEARTBEAT_SECONDS * 1000L)
                                                        .then(heartbeat()))))
                                // the tab closed: the page's beacon, then its WebSocket goes with it
                                .exec(drainPush())
                                .exec(closePage("close page · beacon"))
                                .exec(closePush())
                                .exec(session -> {
                                    CLOSED.incrementAndGet();
                                    return session;
                                })));

        // no Gatling assertion on failed requests: closing a WebSocket the server has just closed (the UI closed by
        // its beacon, the session ended by the sign-out) counts as one; every other failure stops the run (Figures)
        setUp(warmup.injectOpen(atOnceUsers(1)), users.injectOpen(atOnceUsers(sessions)))
                .protocols(PortalSimulation.protocol());
    }

    private static Session as(Session session, Settings.Account account, int index) {
        return session.set("phase", "memory")
                .set("index", index)
                .set("username", account.username())
                .set("side", account.side())
                .set("changeRequest", CHANGE_REQUESTS.get((index / Settings.ACCOUNTS.size()) % CHANGE_REQUESTS.size()))
                .set("pushOpen", false);
    }

    /** Whether the user with that index may open its session now: its step has begun, few are being opened. */
    private static boolean mayOpen(int index) {
        return CLOSING.get() || (index < ALLOWED.get() && index < OPENED.get() + PARALLEL);
    }

    /** Signed in (the login page's UI closed by its beacon), the contract's workspace, then a change request. */
    private static ChainBuilder openSession() {
        String contract = SETTINGS.contract();
        return exec(signIn(true))
                .exec(click(
                        "open the contract",
                        session -> {
                            VaadinUi.GridRow row = ui(session).row(contract);
                            return ui(session).clickRow(row.grid(), row.key());
                        },
                        session -> ui(session).location().startsWith("contracts/")
                                && ui(session).shows("Historique")))
                .exec(link(
                        "its change requests",
                        "Demandes de modification →",
                        session -> ui(session).row(session.getString("changeRequest")) != null))
                .exec(click(
                        "open a change request",
                        session -> {
                            VaadinUi.GridRow row = ui(session).row(session.getString("changeRequest"));
                            return ui(session).clickRow(row.grid(), row.key());
                        },
                        session -> ui(session).location().startsWith("changes/")
                                && ui(session).shows(session.getString("changeRequest"))));
    }

    /** The client's heartbeat: a POST without body that tells the server the page is still open. */
    private static ChainBuilder heartbeat() {
        return exec(timed(
                        "heartbeat",
                        http("heartbeat").post(session -> ui(session).heartbeatPath()),
                        200,
                        (session, body) -> session))
                .exec(session -> session.set("lastBeat", System.currentTimeMillis()));
    }

    // --- the conductor: steps and measures -------------------------------------------------------------------

    @Override
    public void before() {
        System.out.printf(
                Locale.ROOT,
                "Session memory: steps %s sessions, heartbeat every %d s, session timeout %d s, push %s, portal %s"
                        + " (pid %d)%n",
                Arrays.toString(STEPS),
                HEARTBEAT_SECONDS,
                SESSION_TIMEOUT_SECONDS,
                SETTINGS.push(),
                SETTINGS.baseUrl(),
                SETTINGS.portalPid());
        // fails early, before any user, when the management port does not answer
        Figures.scrape(SETTINGS.metricsUrl());
        conductor =
                Thread.ofPlatform().name("session-memory-conductor").daemon().start(this::conduct);
    }

    @Override
    public void after() {
        try {
            conductor.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!completed) {
            System.out.println("SESSION-MEMORY ABORTED");
        }
    }

    /** What was read at one moment: sessions the benchmark had open, heap used and live, and the gauges. */
    private record Measure(
            String label,
            int sessions,
            long usedBytes,
            long liveBytes,
            Map<String, Double> gauges,
            PortalJvm.Histogram histogram) {
        double gauge(String name) {
            return gauges.getOrDefault(name, Double.NaN);
        }
    }

    /** The run cannot go on: a user failed, or something waited for did not happen. */
    private static final class Abort extends RuntimeException {
        Abort(String message) {
            super(message);
        }
    }

    private void conduct() {
        long start = System.currentTimeMillis();
        PortalJvm jvm = new PortalJvm(SETTINGS.portalPid());
        StringBuilder report = new StringBuilder();
        try {
            await("the warm-up", WARMED_UP::get, 300);
            await(
                    "no session left after the warm-up's sign-outs",
                    () -> gauges().get("avenant_vaadin_sessions") == 0,
                    60);
            List<Measure> steps = new ArrayList<>();
            Measure baseline = measure(jvm, "baseline", 0);
            steps.add(baseline);
            progress(start, baseline);

            for (int n : STEPS) {
                ALLOWED.set(n);
                await(n + " sessions open", () -> OPENED.get() >= n, 60 + 6L * n);
                PortalJvm.sleep(2000); // what the last ones set off (presence pushed to the others) is done
                Measure measure = measure(jvm, n + " sessions", n);
                steps.add(measure);
                progress(start, measure);
            }
            Path topFile = save(
                    "histogram-" + STEPS[STEPS.length - 1] + "sessions",
                    steps.getLast().histogram().top(40));
            save("growth-" + STEPS[STEPS.length - 1] + "sessions", growth(steps.getLast(), baseline, 80));
            String heapDump = System.getProperty("load.heapDump", "");
            if (!heapDump.isBlank()) {
                jvm.heapDump(heapDump); // what the last step holds, object by object, for a closer look
            }

            // every page closed as a browser tab closes, then no traffic at all
            CLOSING.set(true);
            int opened = OPENED.get();
            await("every page closed", () -> CLOSED.get() >= opened, 120);
            long quietSince = System.currentTimeMillis();
            PortalJvm.sleep(2000);
            Measure pagesClosed = measure(jvm, "pages closed", opened);
            progress(start, pagesClosed);
            long deadline = quietSince + (SESSION_TIMEOUT_SECONDS + 90) * 1000L;
            System.out.printf(
                    Locale.ROOT,
                    "  %5.0f s  waiting for the sessions to expire (timeout %d s; at most %d s)%n",
                    (System.currentTimeMillis() - start) / 1000.0,
                    SESSION_TIMEOUT_SECONDS,
                    SESSION_TIMEOUT_SECONDS + 90);
            while (System.currentTimeMillis() < deadline && !allZero(gauges())) {
                PortalJvm.sleep(5000);
            }
            long expiredAfter = (System.currentTimeMillis() - quietSince) / 1000;
            PortalJvm.sleep(5000); // what a session's end sets off (its listeners told, its objects unreferenced)
            Measure expired = measure(jvm, "sessions expired", 0);
            progress(start, expired);
            Path afterFile =
                    save("histogram-after-leak-phase", expired.histogram().top(40));
            save("growth-after-leak-phase", growth(expired, baseline, 40));

            report(report, steps, pagesClosed, expired, expiredAfter);
            report.append(String.format(
                    Locale.ROOT,
                    "errors: %d; histograms (top 40): %s, %s (and the top 40 growths from the baseline beside them)%n",
                    Figures.outsideErrorCount(),
                    topFile.toAbsolutePath(),
                    afterFile.toAbsolutePath()));
            report.append(String.format(
                    Locale.ROOT,
                    "run: %.0f s of benchmark (warm-up to the last measure)%n",
                    (System.currentTimeMillis() - start) / 1000.0));
            completed = true;
        } catch (Abort | IllegalStateException e) {
            report.append("SESSION-MEMORY ABORTED: ").append(e.getMessage()).append('\n');
            if (Figures.outsideErrorCount() > 0) {
                report.append("errors: ")
                        .append(Figures.outsideErrorCount())
                        .append(": ")
                        .append(Figures.outsideErrorReasons())
                        .append('\n');
            }
        } finally {
            CLOSING.set(true);
            System.out.print(report);
            if (completed) {
                Path file = save("session-memory", report.toString());
                System.out.println("figures written to " + file.toAbsolutePath());
            }
        }
    }

    private static void progress(long start, Measure measure) {
        StringBuilder gauges = new StringBuilder();
        for (String name : GAUGES) {
            gauges.append(String.format(Locale.ROOT, " %s=%.0f", name.replace("avenant_", ""), measure.gauge(name)));
        }
        System.out.printf(
                Locale.ROOT,
                "  %5.0f s  %-17s heap used %,9d KB, live %,9d KB,%s%n",
                (System.currentTimeMillis() - start) / 1000.0,
                measure.label(),
                measure.usedBytes() / 1024,
                measure.liveBytes() / 1024,
                gauges);
    }

    /** Two full collections, the heap used, the gauges, then the class histogram (a third full collection). */
    private static Measure measure(PortalJvm jvm, String label, int sessions) {
        requireNoErrors();
        jvm.fullGc();
        long used = jvm.usedHeapBytes();
        Map<String, Double> gauges = gauges();
        PortalJvm.Histogram histogram = jvm.classHistogram();
        return new Measure(label, sessions, used, histogram.totalBytes, gauges, histogram);
    }

    private static Map<String, Double> gauges() {
        String text = Figures.scrape(SETTINGS.metricsUrl());
        Map<String, Double> values = new LinkedHashMap<>();
        for (String name : GAUGES) {
            values.put(name, Figures.sum(text, name));
        }
        return values;
    }

    private static boolean allZero(Map<String, Double> gauges) {
        return gauges.values().stream().allMatch(v -> v == 0);
    }

    private static void await(String what, BooleanSupplier done, long seconds) {
        long deadline = System.currentTimeMillis() + seconds * 1000;
        while (!done.getAsBoolean()) {
            requireNoErrors();
            if (System.currentTimeMillis() > deadline) {
                throw new Abort("waited " + seconds + " s for " + what + " (sessions open: " + OPENED.get()
                        + ", closed: " + CLOSED.get() + ")");
            }
            PortalJvm.sleep(250);
        }
    }

    /** A virtual user that failed has left a session the figures would not account for: the run stops. */
    private static void requireNoErrors() {
        if (Figures.outsideErrorCount() > 0) {
            throw new Abort("a virtual user failed");
        }
    }

    // --- the report -----------------------------------------------------------------------------------------

    private static void report(
            StringBuilder out, List<Measure> steps, Measure pagesClosed, Measure expired, long expiredAfter) {
        Measure base = steps.getFirst();
        line(out, "");
        line(
                out,
                "== session memory: %s sessions, each signed in with the contract workspace of %s then one of its"
                        + " change requests open (same UI), push %s, heartbeat every %d s",
                steps.subList(1, steps.size()).stream()
                        .map(m -> Integer.toString(m.sessions()))
                        .toList(),
                SETTINGS.contract(),
                SETTINGS.push() ? "on" : "off",
                HEARTBEAT_SECONDS);
        legend(out);
        for (Measure m : steps) {
            row(out, m, base);
        }
        Fit used = Fit.of(steps, Measure::usedBytes);
        Fit live = Fit.of(steps, Measure::liveBytes);
        line(
                out,
                "memory per session (least-squares slope over 0, %s sessions): %.1f KB (R² %.4f) from heap used,"
                        + " %.1f KB (R² %.4f) from live bytes",
                String.join(
                        ", ",
                        steps.subList(1, steps.size()).stream()
                                .map(m -> Integer.toString(m.sessions()))
                                .toList()),
                used.slope() / 1024,
                used.r2(),
                live.slope() / 1024,
                live.r2());
        Measure top = steps.getLast();
        line(
                out,
                "UIs per session at %d sessions: %.2f (open UIs %.0f / Vaadin sessions %.0f)",
                top.sessions(),
                top.gauge("avenant_vaadin_uis") / top.gauge("avenant_vaadin_sessions"),
                top.gauge("avenant_vaadin_uis"),
                top.gauge("avenant_vaadin_sessions"));
        line(
                out,
                "%s  memory per session %.1f KB (heap used), goal ≤ %.0f KB",
                used.slope() / 1024 <= GOAL_KB_PER_SESSION ? "PASS" : "FAIL",
                used.slope() / 1024,
                GOAL_KB_PER_SESSION);

        line(out, "");
        line(
                out,
                "== leak phase: every page closed (unload beacon, WebSocket closed), then no traffic; sessions"
                        + " expired %d s after the last request (timeout %d s)",
                expiredAfter,
                SESSION_TIMEOUT_SECONDS);
        legend(out);
        row(out, base, base);
        row(out, pagesClosed, base);
        row(out, expired, base);
        double usedPercent = 100.0 * (expired.usedBytes() - base.usedBytes()) / base.usedBytes();
        double livePercent = 100.0 * (expired.liveBytes() - base.liveBytes()) / base.liveBytes();
        line(
                out,
                "%s  heap used after expiry %,d KB vs baseline %,d KB: %+.1f %% (live bytes %+.1f %%), goal within"
                        + " ±%.0f %%",
                Math.abs(usedPercent) <= GOAL_HEAP_PERCENT ? "PASS" : "FAIL",
                expired.usedBytes() / 1024,
                base.usedBytes() / 1024,
                usedPercent,
                livePercent,
                GOAL_HEAP_PERCENT);
        boolean gaugesZero = true;
        for (String name : GAUGES) {
            double value = expired.gauge(name);
            gaugesZero &= value == 0;
            line(out, "%s  %s = %.0f, goal 0", value == 0 ? "PASS" : "FAIL", name, value);
        }

        line(out, "");
        line(out, "== top 15 classes by bytes at %d sessions (live objects)", top.sessions());
        classes(out, top.histogram(), null, 15);
        line(out, "== top 15 classes by growth from the baseline to %d sessions", top.sessions());
        classes(out, top.histogram(), base.histogram(), 15);
        line(out, "== top 10 classes by growth from the baseline to after the leak phase");
        classes(out, expired.histogram(), base.histogram(), 10);

        line(
                out,
                "RESULT kbPerSession=%.1f r2=%.4f liveKbPerSession=%.1f liveR2=%.4f uisPerSession=%.2f"
                        + " heapVsBaselinePercent=%.1f gaugesZero=%s sessionGoal=%s heapGoal=%s",
                used.slope() / 1024,
                used.r2(),
                live.slope() / 1024,
                live.r2(),
                top.gauge("avenant_vaadin_uis") / top.gauge("avenant_vaadin_sessions"),
                usedPercent,
                gaugesZero,
                used.slope() / 1024 <= GOAL_KB_PER_SESSION ? "PASS" : "FAIL",
                Math.abs(usedPercent) <= GOAL_HEAP_PERCENT ? "PASS" : "FAIL");
    }

    private static void legend(StringBuilder out) {
        line(
                out,
                "N: sessions the benchmark holds; heap after two full GCs: used = GC.heap_info, live ="
                        + " GC.class_histogram total without filler objects, Δ from the baseline, KB = 1024 bytes;"
                        + " then the portal's gauges");
        line(
                out,
                "%-17s %5s %12s %10s %12s %10s %6s %9s %9s %9s %6s %8s",
                "",
                "N",
                "used KB",
                "Δ used KB",
                "live KB",
                "Δ live KB",
                "UIs",
                "sessions",
                "feed subs",
                "presence",
                "bells",
                "UIs/sess");
    }

    private static void row(StringBuilder out, Measure m, Measure base) {
        double uis = m.gauge("avenant_vaadin_uis");
        double sessions = m.gauge("avenant_vaadin_sessions");
        line(
                out,
                "%-17s %5d %,12d %,10d %,12d %,10d %6.0f %9.0f %9.0f %9.0f %6.0f %8s",
                m.label(),
                m.sessions(),
                m.usedBytes() / 1024,
                (m.usedBytes() - base.usedBytes()) / 1024,
                m.liveBytes() / 1024,
                (m.liveBytes() - base.liveBytes()) / 1024,
                uis,
                sessions,
                m.gauge("avenant_change_feed_subscribers"),
                m.gauge("avenant_presence_viewers"),
                m.gauge("avenant_notification_bells"),
                sessions > 0 ? String.format(Locale.ROOT, "%.2f", uis / sessions) : "-");
    }

    private static String growth(Measure at, Measure base, int limit) {
        StringBuilder out = new StringBuilder();
        line(out, "growth of the live objects from the baseline to « %s » (N = %d)", at.label(), at.sessions());
        classes(out, at.histogram(), base.histogram(), limit);
        return out.toString();
    }

    /** The classes taking most bytes ({@code base} null), or those that grew most since {@code base}. */
    private static void classes(StringBuilder out, PortalJvm.Histogram at, PortalJvm.Histogram base, int limit) {
        line(
                out,
                "%14s %14s  %s",
                base == null ? "bytes" : "Δ bytes",
                base == null ? "instances" : "Δ instances",
                "class");
        at.classes.entrySet().stream()
                .map(e -> {
                    long[] before = base == null ? new long[2] : base.classes.getOrDefault(e.getKey(), new long[2]);
                    return Map.entry(e.getKey(), new long[] {e.getValue()[0] - before[0], e.getValue()[1] - before[1]});
                })
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(limit)
                .forEach(e -> line(out, "%,14d %,14d  %s", e.getValue()[1], e.getValue()[0], e.getKey()));
    }

    /** Least squares of bytes against sessions: the slope (bytes per session) and R². */
    private record Fit(double slope, double r2) {
        static Fit of(List<Measure> points, java.util.function.ToLongFunction<Measure> bytes) {
            int n = points.size();
            double mx = points.stream().mapToDouble(Measure::sessions).average().orElse(0);
            double my = points.stream()
                    .mapToDouble(p -> bytes.applyAsLong(p))
                    .average()
                    .orElse(0);
            double sxx = 0;
            double sxy = 0;
            double syy = 0;
            for (Measure p : points) {
                double dx = p.sessions() - mx;
                double dy = bytes.applyAsLong(p) - my;
                sxx += dx * dx;
                sxy += dx * dy;
                syy += dy * dy;
            }
            double slope = n < 2 || sxx == 0 ? Double.NaN : sxy / sxx;
            double r2 = syy == 0 ? 1 : (sxy * sxy) / (sxx * syy);
            return new Fit(slope, r2);
        }
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    private static Path save(String name, String text) {
        try {
            Path folder = Path.of("target", "load");
            Files.createDirectories(folder);
            Path file = folder.resolve("session-memory-" + RUN + "-" + name + ".txt");
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot write target/load: " + e, e);
        }
    }
}
