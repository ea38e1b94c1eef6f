package app.avenant.load;

import static app.avenant.load.PortalSimulation.SETTINGS;
import static app.avenant.load.PortalSimulation.action;
import static app.avenant.load.PortalSimulation.click;
import static app.avenant.load.PortalSimulation.closePush;
import static app.avenant.load.PortalSimulation.createDraft;
import static app.avenant.load.PortalSimulation.drainPush;
import static app.avenant.load.PortalSimulation.openPush;
import static app.avenant.load.PortalSimulation.signIn;
import static app.avenant.load.PortalSimulation.signOut;
import static app.avenant.load.PortalSimulation.timed;
import static app.avenant.load.PortalSimulation.ui;
import static app.avenant.load.PortalSimulation.uidl;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIfFailed;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.http.action.ws.WsInboundMessage;
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
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import tools.jackson.databind.node.ObjectNode;

/**
 * Push that fans out (issue 13, point 3): N open pages (UIs) show the same change request of the contract, each
 * with its push WebSocket connected, and one more user publishes comments on it; how long until each page has
 * each comment, and what each comment costs the portal's CPU.
 *
 * <p>One run is one N. The publisher signs in (a session of its own) and creates a fresh change request on the
 * contract (a draft, one term changed, submitted: the demo's requests are all closed, and a comment on a draft
 * notifies nobody), staying on its page. Meanwhile the N subscriber UIs open, spread over
 * {@code load.openSeconds}, from sessions of the four demo accounts of both sides in turn (paul.durand,
 * julien.moreau, claire.martin, lea.bernard; at least four sessions, about {@code load.uisPerSession} UIs each):
 * each session's first UI signs in and follows a link to the request, the others are more tabs of that signed-in
 * browser, the request's address loaded with the session's cookie ({@code GET /changes/<id>}, {@code ?v-r=init},
 * push WebSocket, the load navigation), as the browser does.
 *
 * <p>Once all are subscribed (the server's gauge of change feed subscribers agrees) and no push has reached them
 * for 3 s (the presence updates of the pages opening are over), a few warm-up comments are published (not
 * measured: the JIT compiles what posts and delivers them); once the pages are idle again, the portal's CPU
 * ({@code process_cpu_time_ns_total}) is read over an idle window, then over the comment window of the same
 * planned length: K comments, one every 1 to 2 s, each typed into « Votre message » then published (« Publier »),
 * each with a marker of its own. Each subscriber keeps what arrives on its WebSocket with the time Gatling
 * received it; the delay of one delivery is that time minus the moment the comment's « Publier » UIDL POST was
 * sent, both on the monotonic clock ({@link #CLOCK_OFFSET}). Then every tab is closed (its WebSocket, the
 * browser's unload beacon), each session signs out, and the portal's gauges of UIs, sessions and listeners are
 * read again: the next N starts clean.
 *
 * <p>Settings (system properties, besides {@link Settings}' {@code load.baseUrl}, {@code load.metricsUrl} and
 * {@code load.portalPid}): {@code load.subscribers} (10), {@code load.comments} (20), {@code load.warmupComments}
 * (5), {@code load.commentEveryMin} / {@code Max} (1 / 2 s), {@code load.uisPerSession} (10),
 * {@code load.openSeconds} (N / 10, at least 5), {@code load.publisher} (paul.durand). Run by
 * load/run-fan-out.sh.
 */
public class FanOutSimulation extends Simulation {

    /** The origin of {@link #now()}: first, as other fields' initial values read the time. */
    private static final long ORIGIN = System.nanoTime();

    private static final int N = intProperty("load.subscribers", 10);
    private static final int K = intProperty("load.comments", 20);
    private static final double EVERY_MIN = Double.parseDouble(Settings.property("load.commentEveryMin", "1"));
    private static final double EVERY_MAX = Double.parseDouble(Settings.property("load.commentEveryMax", "2"));
    private static final int WARMUP = intProperty("load.warmupComments", 5);
    private static final int UIS_PER_SESSION = intProperty("load.uisPerSession", 10);
    private static final int SESSIONS =
            Math.min(N, Math.max(Settings.ACCOUNTS.size(), (N + UIS_PER_SESSION - 1) / UIS_PER_SESSION));
    private static final Duration OPEN = Duration.ofSeconds(intProperty("load.openSeconds", Math.max(5, N / 10)));
    private static final Settings.Account PUBLISHER = Settings.ACCOUNTS.stream()
            .filter(a -> a.username().equals(Settings.property("load.publisher", "paul.durand")))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("load.publisher is not a demo account"));

    /** No push for this long: the pages are idle. */
    private static final long QUIET_MS = 3_000;
    /** After the last comment, the window goes on for this long (its deliveries, the work after them). */
    private static final long TAIL_MS = 3_000;
    /** Deliveries still missing at the window's end are waited for this long at most. */
    private static final long LATE_MS = 30_000;
    /** No subscriber ready for this long (once all were started): the others failed, go on without them. */
    private static final long STALL_MS = 45_000;
    /** A comment is typed this long before it is published. */
    private static final long TYPE_LEAD_MS = 500;

    private static final String RUN = DateTimeFormatter.ofPattern("HHmmss").format(LocalDateTime.now());
    private static final String TITLE = "Diffusion " + RUN + " : " + N + " écrans ouverts";
    /** Each comment carries MARK + its number on 3 digits: what a subscriber looks for in what it receives. */
    private static final String MARK = "FANOUT-" + RUN + "-" + N + "-";

    private static final String[] GAUGES = {
        "avenant_vaadin_uis",
        "avenant_vaadin_sessions",
        "avenant_change_feed_subscribers",
        "avenant_presence_viewers",
        "avenant_notification_bells"
    };

    /** When each comment is published, from the window's start (ms), and the window's planned length. */
    private static final long[] OFFSETS = new long[K];

    private static final long WINDOW_MS;

    static {
        long at = 0;
        for (int k = 0; k < K; k++) {
            at += Math.round((EVERY_MIN + ThreadLocalRandom.current().nextDouble() * (EVERY_MAX - EVERY_MIN)) * 1000);
            OFFSETS[k] = at;
        }
        WINDOW_MS = at + TAIL_MS;
    }

    // --- what the virtual users share ------------------------------------------------------------------------

    private static final AtomicReference<String> ROUTE = new AtomicReference<>();
    /** A subscriber still waiting or listening gives up after this moment: the publisher has stopped. */
    private static final AtomicLong LEASE = new AtomicLong(now() + 120_000);
    /** Why the run stopped short (the portal gone, its metrics unreadable), or null. */
    private static final AtomicReference<String> ABORT = new AtomicReference<>();

    private static final AtomicInteger NEXT_UI = new AtomicInteger();
    private static final Map<Integer, String> COOKIES = new ConcurrentHashMap<>();
    private static final AtomicInteger STARTED = new AtomicInteger();
    private static final AtomicInteger READY = new AtomicInteger();
    private static final AtomicInteger LATE_READY = new AtomicInteger();
    private static final AtomicLong LAST_READY_AT = new AtomicLong();
    private static final AtomicIntegerArray READY_IN_SESSION = new AtomicIntegerArray(SESSIONS);
    private static final AtomicIntegerArray CLOSED_IN_SESSION = new AtomicIntegerArray(SESSIONS);
    private static final AtomicInteger CLOSED = new AtomicInteger();
    /** The comment window has begun: a subscriber ready from now on is not counted. */
    private static final AtomicBoolean COUNTING = new AtomicBoolean();

    private static final AtomicBoolean DONE = new AtomicBoolean();

    /**
     * Gatling's clock minus ours, as closely as known. Gatling times what a WebSocket receives with a clock of its
     * own: {@code System.nanoTime()} from a start it took with {@code System.currentTimeMillis()}; the wall clock
     * may drift from it (5 ms per second on the VM this was written on), so the send times are taken on the same
     * monotonic clock ({@link #now()}) and the two clocks' constant difference is learnt from the messages
     * themselves: a message is read after it was received, so its timestamp minus our time when reading it is at
     * most that difference, and the largest such value over thousands of messages (some read within a
     * millisecond of their arrival) is it.
     */
    private static final AtomicLong CLOCK_OFFSET = new AtomicLong(Long.MIN_VALUE);

    /** When the latest UIDL message reached a subscriber, on {@link #now()}'s clock. */
    private static final AtomicLong LAST_PUSH = new AtomicLong();

    private static final AtomicLong PUSHES = new AtomicLong();
    private static final AtomicLong IDLE_PUSHES = new AtomicLong();
    private static volatile long idleFromMs = Long.MAX_VALUE;
    private static volatile long idleToMs = Long.MAX_VALUE;

    /** When each comment's « Publier » POST was sent, on {@link #now()}'s clock; 0 before. */
    private static final AtomicLongArray SENT = new AtomicLongArray(K);
    /**
     * Per comment, each delivery's time of receipt on Gatling's clock minus its send time on ours: the delay, plus
     * the constant difference of the two clocks ({@link #CLOCK_OFFSET}), taken off in the report.
     */
    private static final List<List<Long>> DELAYS = new ArrayList<>();

    static {
        for (int k = 0; k < K; k++) {
            DELAYS.add(Collections.synchronizedList(new ArrayList<>()));
        }
    }

    private static final AtomicInteger RECEIVED = new AtomicInteger();
    private static final List<Long> PUBLISH_MS = Collections.synchronizedList(new ArrayList<>());

    // what the portal said, read by the publisher
    private static volatile long draftAt;
    private static volatile long openedAt;
    private static volatile long quietAt;
    private static volatile long waitingSince;
    private static volatile long lastProgress;
    private static volatile long wallAtStart;
    private static volatile double generatorCpuFrom;
    private static volatile double generatorCpuTo;
    private static volatile String descriptorsOpen = "";
    private static volatile long monotonicAtStart;
    private static volatile long warmedUpAt;
    private static volatile boolean quiet;
    private static volatile int subscribed;
    private static volatile double[] gaugesBefore;
    private static volatile double[] gaugesOpen;
    private static volatile double[] gaugesAfter;
    private static volatile Figures.Metrics idleFrom;
    private static volatile Figures.Metrics idleTo;
    private static volatile Figures.Metrics windowFrom;
    private static volatile Figures.Metrics windowTo;
    /** CPU of the portal's JIT compiler threads at the comment window's ends, ns (-1: not read). */
    private static volatile long compilerAtWindowFrom = -1;

    private static volatile long compilerAtWindowTo = -1;
    private static volatile long windowStartMs;
    private static final AtomicBoolean FINISHED = new AtomicBoolean();

    public FanOutSimulation() {
        ScenarioBuilder publisher = scenario("publisher")
                .exec(session -> session.set("phase", "fan-out").set("pushOpen", false))
                .exec(createDraft(PUBLISHER, TITLE))
                .exec(submitTheRequest())
                .exec(session -> {
                    ROUTE.set(ui(session).location());
                    draftAt = now();
                    LEASE.set(draftAt + OPEN.toMillis() + STALL_MS + 120_000);
                    return session;
                })
                .exec(asLongAs(session -> !allOpened() && !aborted())
                        .on(exec(pause(Duration.ofSeconds(1))).exec(drainPush())))
                .exitHereIf(session -> aborted())
                .exec(session -> {
                    opened();
                    return session;
                })
                .exec(asLongAs(session -> !isQuiet() && !aborted())
                        .on(exec(pause(Duration.ofMillis(500))).exec(drainPush())))
                .exitHereIf(session -> aborted())
                .exec(repeat(WARMUP, "w").on(warmUpComment()))
                .exec(session -> {
                    waitingSince = now();
                    warmedUpAt = waitingSince;
                    return session;
                })
                .exec(asLongAs(session -> !isQuiet() && !aborted())
                        .on(exec(pause(Duration.ofMillis(500))).exec(drainPush())))
                .exitHereIf(session -> aborted())
                .exec(session -> {
                    LEASE.set(now() + 2 * WINDOW_MS + LATE_MS + 120_000);
                    idleFrom = metrics();
                    idleFromMs = now();
                    return session;
                })
                .exec(pause(Duration.ofMillis(WINDOW_MS)))
                .exec(session -> {
                    idleTo = metrics();
                    idleToMs = now();
                    COUNTING.set(true);
                    windowFrom = metrics();
                    compilerAtWindowFrom = Figures.compilerThreadsCpuNs(SETTINGS.portalPid());
                    generatorCpuFrom = Figures.ownCpuSeconds();
                    windowStartMs = now();
                    return session;
                })
                .exitHereIf(session -> aborted())
                .exec(repeat(K, "k").on(comment()))
                .exec(pause(session -> untilWindowAt(WINDOW_MS)))
                .exec(asLongAs(session -> RECEIVED.get() < subscribed * K
                                && now() < windowStartMs + WINDOW_MS + LATE_MS
                                && !aborted())
                        .on(pause(Duration.ofMillis(200))))
                .exec(session -> {
                    windowTo = metrics();
                    compilerAtWindowTo = Figures.compilerThreadsCpuNs(SETTINGS.portalPid());
                    generatorCpuTo = Figures.ownCpuSeconds();
                    DONE.set(true);
                    return session;
                })
                // the subscribers close their pages, then the publisher signs out too
                .exec(asLongAs(session -> CLOSED.get() < READY.get() + LATE_READY.get()
                                && now() < windowStartMs + WINDOW_MS + LATE_MS + 120_000
                                && !aborted())
                        .on(exec(pause(Duration.ofMillis(500))).exec(drainPush())))
                .exec(closePush())
                .exec(signOut())
                .exec(asLongAs(session -> !closedAsBefore() && !aborted()).on(pause(Duration.ofSeconds(1))))
                .exec(session -> {
                    gaugesAfter = gauges(GAUGES);
                    return session;
                });

        ScenarioBuilder subscribers = scenario("subscribers")
                .exec(FanOutSimulation::startSubscriber)
                .exec(asLongAs(session -> ROUTE.get() == null && !leaseOver()).on(pause(Duration.ofMillis(200))))
                .exec(session -> ROUTE.get() == null
                        ? fail(session, "no change request to open (the publisher did not create it)")
                        : session.set("route", ROUTE.get()))
                .exec(exitHereIfFailed())
                .exec(doIfOrElse(session -> session.getBoolean("leader"))
                        .then(openFirstTab())
                        .orElse(openAnotherTab()))
                .exec(FanOutSimulation::subscribed)
                .exec(asLongAs(session -> !DONE.get() && !leaseOver())
                        .on(exec(pause(Duration.ofMillis(500))).exec(drainPush(FanOutSimulation::observe))))
                .exec(drainPush(FanOutSimulation::observe))
                // a push message that could not be applied is counted as an error; the page is closed anyway
                .exec(Session::markAsSucceeded)
                .exec(doIfOrElse(session -> session.getBoolean("leader"))
                        .then(closeLastTab())
                        .orElse(closeTab()));

        setUp(
                        publisher.injectOpen(atOnceUsers(1)),
                        subscribers.injectOpen(rampUsers(N).during(OPEN)))
                .protocols(PortalSimulation.protocol());
    }

    /** Milliseconds on the monotonic clock (System.nanoTime), from 1 when this class was loaded. */
    private static long now() {
        return (System.nanoTime() - ORIGIN) / 1_000_000 + 1;
    }

    private static int intProperty(String name, int fallback) {
        return Integer.parseInt(Settings.property(name, Integer.toString(fallback)));
    }

    // --- the subscribers ---------------------------------------------------------------------------------------

    private static Session startSubscriber(Session session) {
        STARTED.incrementAndGet();
        int index = NEXT_UI.getAndIncrement();
        int group = index % SESSIONS;
        Settings.Account account = Settings.ACCOUNTS.get(group % Settings.ACCOUNTS.size());
        return session.set("phase", "fan-out")
                .set("pushOpen", false)
                .set("group", group)
                // the first UI of each session signs in: the first SESSIONS started
                .set("leader", index < SESSIONS)
                .set("username", account.username())
                .set("side", account.side())
                .set("counted", false)
                .set("got", new BitSet());
    }

    private static Session fail(Session session, String why) {
        Figures.request(false, "subscriber", -1, false, why);
        return session.markAsFailed();
    }

    /** The publisher stopped (its lease ran out) or the run was aborted: a subscriber waits no longer. */
    private static boolean leaseOver() {
        return aborted() || now() > LEASE.get();
    }

    private static boolean aborted() {
        return ABORT.get() != null;
    }

    private static void abort(String why) {
        if (ABORT.compareAndSet(null, why)) {
            System.out.println("fan-out: ABORTED: " + why);
        }
    }

    /** The portal's CPU now; null (and the run aborted) when its metrics cannot be read. */
    private static Figures.Metrics metrics() {
        try {
            return Figures.read(SETTINGS.metricsUrl());
        } catch (RuntimeException e) {
            abort(e.getMessage());
            return null;
        }
    }

    private static double[] gauges(String... names) {
        try {
            return Figures.gauges(SETTINGS.metricsUrl(), names);
        } catch (RuntimeException e) {
            abort(e.getMessage());
            double[] none = new double[names.length];
            Arrays.fill(none, Double.NaN);
            return none;
        }
    }

    /** The session's first page: sign in (the contract list), then a link to the request; its cookie shared. */
    private static ChainBuilder openFirstTab() {
        return exec(signIn())
                .exec(getCookieValue(CookieKey("JSESSIONID").saveAs("sessionCookie")))
                .exec(session -> {
                    COOKIES.put(session.getInt("group"), session.getString("sessionCookie"));
                    return session;
                })
                .exec(click(
                        "fan-out: open the request",
                        session -> List.of(ui(session).navigate(session.getString("route"))),
                        FanOutSimulation::showsTheRequest));
    }

    /** Another tab of a signed-in browser: the request's address loaded, with the session's cookie. */
    private static ChainBuilder openAnotherTab() {
        String name = "fan-out: open the request in another tab";
        return exec(asLongAs(session -> !COOKIES.containsKey(session.getInt("group")) && !leaseOver())
                        .on(pause(Duration.ofMillis(200))))
                .exec(session -> COOKIES.containsKey(session.getInt("group"))
                        ? session.set("sessionCookie", COOKIES.get(session.getInt("group")))
                        : fail(session, "the session's first page did not sign in"))
                .exec(exitHereIfFailed())
                .exec(addCookie(Cookie("JSESSIONID", "#{sessionCookie}")))
                .exec(action(
                        name,
                        FanOutSimulation::showsTheRequest,
                        timed(
                                name + " · GET page",
                                http(name + " · GET page").get("/#{route}"),
                                200,
                                (session, body) -> {
                                    if (!body.contains("<html")) {
                                        throw new VaadinUi.ProtocolException("no bootstrap page");
                                    }
                                    return session;
                                }),
                        timed(
                                name + " · init",
                                http(name + " · init")
                                        .get(session -> "/?" + VaadinUi.initQuery(session.getString("route"))),
                                200,
                                (session, body) ->
                                        session.set("ui", VaadinUi.fromInit(body, session.getString("route")))),
                        openPush(),
                        uidl(
                                name + " · navigate",
                                session -> List.of(ui(session).navigateOnLoad(session.getString("route"))))));
    }

    private static boolean showsTheRequest(Session session) {
        return ui(session).location().startsWith("changes/") && ui(session).shows(TITLE);
    }

    private static Session subscribed(Session session) {
        int group = session.getInt("group");
        READY_IN_SESSION.incrementAndGet(group);
        LAST_READY_AT.set(now());
        if (COUNTING.get()) {
            // too late for the window: closed with the others, not counted
            LATE_READY.incrementAndGet();
            return session;
        }
        READY.incrementAndGet();
        return session.set("counted", true);
    }

    /**
     * One text message a subscriber received: a UIDL message (not Atmosphere's own) marks the pages as not idle;
     * a comment's marker in it is a delivery, the first one of that comment on this page only.
     */
    private static void observe(Session session, WsInboundMessage.Text text) {
        String message = text.message();
        if (!message.contains("\"syncId\"")) {
            return;
        }
        long at = text.timestamp();
        long offset = CLOCK_OFFSET.accumulateAndGet(at - now(), Math::max);
        long here = at - offset;
        PUSHES.incrementAndGet();
        LAST_PUSH.accumulateAndGet(here, Math::max);
        if (here >= idleFromMs && here <= idleToMs) {
            IDLE_PUSHES.incrementAndGet();
        }
        if (!session.getBoolean("counted")) {
            return;
        }
        BitSet got = session.get("got");
        int found = message.indexOf(MARK);
        while (found >= 0) {
            int digits = found + MARK.length();
            if (digits + 3 <= message.length()) {
                try {
                    int k = Integer.parseInt(message.substring(digits, digits + 3));
                    long sent = k < K ? SENT.get(k) : 0;
                    if (sent > 0 && !got.get(k)) {
                        got.set(k);
                        DELAYS.get(k).add(at - sent);
                        RECEIVED.incrementAndGet();
                    }
                } catch (NumberFormatException e) {
                    // not one of ours
                }
            }
            found = message.indexOf(MARK, digits);
        }
    }

    /**
     * A tab closed: its WebSocket gone, the browser's unload beacon (the WebSocket first: closed after the beacon,
     * the server may have closed it already, the UI being closed).
     */
    private static ChainBuilder closeTab() {
        String name = "fan-out: close the tab (unload beacon)";
        return exec(closePush())
                .exec(session -> session.set("beacon", ui(session).unloadBeacon())
                        .set("uidlPath", ui(session).uidlPath()))
                .exec(timed(
                        name,
                        http(name)
                                .post("#{uidlPath}")
                                .header("Content-Type", "text/plain;charset=UTF-8")
                                .body(StringBody("#{beacon}")),
                        200,
                        (session, body) -> session))
                .exec(session -> {
                    CLOSED_IN_SESSION.incrementAndGet(session.getInt("group"));
                    CLOSED.incrementAndGet();
                    return session;
                });
    }

    /**
     * The session's first page, once its other tabs are closed: « Se déconnecter » (the session ends, with its
     * push connection: it is closed first, as the server closes it at once).
     */
    private static ChainBuilder closeLastTab() {
        return exec(session -> session.set("closingSince", now()))
                .exec(asLongAs(session -> CLOSED_IN_SESSION.get(session.getInt("group"))
                                        < READY_IN_SESSION.get(session.getInt("group")) - 1
                                && now() < session.getLong("closingSince") + 60_000)
                        .on(pause(Duration.ofMillis(200))))
                .exec(drainPush(FanOutSimulation::observe))
                .exec(closePush())
                .exec(signOut())
                .exec(session -> {
                    CLOSED.incrementAndGet();
                    return session;
                });
    }

    // --- the publisher -----------------------------------------------------------------------------------------

    /**
     * The portal's open file descriptors (its sockets: a WebSocket and a keep-alive connection or so per page)
     * against its limit, read from /proc when it runs on this machine.
     */
    private static String descriptors() {
        long pid = SETTINGS.portalPid();
        if (pid <= 0) {
            return "file descriptors not read (no load.portalPid)";
        }
        try (var fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            long open = fds.count();
            String limit = Files.readAllLines(Path.of("/proc/" + pid + "/limits")).stream()
                    .filter(l -> l.startsWith("Max open files"))
                    .map(l -> l.substring("Max open files".length()).strip().split("\\s+")[0])
                    .findFirst()
                    .orElse("?");
            return open + " file descriptors open (limit " + limit + ")";
        } catch (IOException | RuntimeException e) {
            return "file descriptors not read (" + e.getMessage() + ")";
        }
    }

    /** All N ready, or no more coming: none ready for a while once all started. */
    private static boolean allOpened() {
        int ready = READY.get();
        if (ready >= N) {
            return true;
        }
        long last = Math.max(LAST_READY_AT.get(), draftAt);
        return STARTED.get() >= N && now() - last > STALL_MS;
    }

    private static void opened() {
        openedAt = now();
        subscribed = READY.get();
        gaugesOpen = gauges(GAUGES);
        descriptorsOpen = descriptors();
        waitingSince = openedAt;
        LEASE.set(openedAt + 2 * 120_000 + WARMUP * 5_000L + 60_000);
        System.out.printf(
                "fan-out: %d of %d UIs subscribed in %.1f s (server: %s)%n",
                subscribed, N, (openedAt - draftAt) / 1000.0, describe(gaugesOpen));
    }

    /** No push to any subscriber for QUIET_MS, and the server counts them all; or 120 s waited. */
    private static boolean isQuiet() {
        long now = now();
        if (now - Math.max(LAST_PUSH.get(), waitingSince) >= QUIET_MS) {
            double[] feed = gauges("avenant_change_feed_subscribers");
            // the subscribers and the publisher's own page
            if (feed[0] >= subscribed + 1) {
                quiet = true;
                quietAt = now;
                return true;
            }
        }
        if (now - lastProgress >= 15_000) {
            lastProgress = now;
            System.out.printf(
                    "fan-out: waiting for the pages to be idle: %.0f s so far, last push %.1f s ago, %d pushes%n",
                    (now - waitingSince) / 1000.0, (now - LAST_PUSH.get()) / 1000.0, PUSHES.get());
        }
        if (now - waitingSince > 120_000) {
            quiet = false;
            quietAt = now;
            System.out.println("fan-out: the pages are still receiving pushes after 120 s; measuring anyway");
            return true;
        }
        return false;
    }

    private static Duration untilWindowAt(long offset) {
        return Duration.ofMillis(Math.max(0, windowStartMs + offset - now()));
    }

    private static String text(int k) {
        return "Relecture " + marker(k) + " : la clause de révision reste à confirmer avant signature.";
    }

    private static String marker(int k) {
        return MARK + String.format(Locale.ROOT, "%03d", k);
    }

    /**
     * A comment before the measures, published as soon as typed: the code that posts and delivers it is compiled
     * (the JIT), its caches filled, at this number of pages, before the windows.
     */
    private static ChainBuilder warmUpComment() {
        return exec(click(
                        "fan-out: warm-up · type a comment",
                        session -> ui(session)
                                .type(
                                        ui(session).elementWithProperty("vaadin-text-area", "label", "Votre message"),
                                        "Échauffement " + RUN + " n° " + (session.getInt("w") + 1)
                                                + " : merci de relire la clause de révision."),
                        session -> true))
                .exec(click(
                        "fan-out: warm-up · publish a comment",
                        session -> List.of(ui(session).click(ui(session).element("vaadin-button", "Publier"))),
                        session -> true))
                .exec(pause(Duration.ofMillis(300)));
    }

    /** Comment k: typed, then « Publier » at its planned time; its send time kept for the deliveries. */
    private static ChainBuilder comment() {
        Function<Session, Integer> k = session -> session.getInt("k");
        return exec(pause(session -> untilWindowAt(OFFSETS[k.apply(session)] - TYPE_LEAD_MS)))
                .exec(click(
                        "fan-out: type a comment",
                        session -> ui(session)
                                .type(
                                        ui(session).elementWithProperty("vaadin-text-area", "label", "Votre message"),
                                        text(k.apply(session))),
                        session -> true))
                .exec(pause(session -> untilWindowAt(OFFSETS[k.apply(session)])))
                .exec(click(
                        "fan-out: publish a comment",
                        session -> {
                            List<ObjectNode> rpcs =
                                    List.of(ui(session).click(ui(session).element("vaadin-button", "Publier")));
                            // the moment the POST goes: the rpcs are what is sent next
                            SENT.set(k.apply(session), now());
                            return rpcs;
                        },
                        session -> ui(session).shows(marker(k.apply(session)))))
                .exec(session -> {
                    PUBLISH_MS.add(session.getLong("actionMs"));
                    return session;
                });
    }

    /**
     * The draft made a request of both sides: one term changed (« Modifier la proposition », the initial term a
     * month longer, « Enregistrer la révision »), then « Soumettre ». A comment on a submitted request also
     * notifies the contract's members (their bells), as one on a draft does not.
     */
    private static ChainBuilder submitTheRequest() {
        return exec(click(
                        "fan-out: set-up · edit the proposal",
                        session -> List.of(
                                ui(session).click(ui(session).element("vaadin-button", "Modifier la proposition"))),
                        session -> ui(session).location().endsWith("/edit")))
                .exec(click(
                        "fan-out: set-up · initial term one month longer",
                        session -> {
                            VaadinUi ui = ui(session);
                            int field = ui.elementWithProperty("vaadin-text-field", "label", "Durée initiale (mois)");
                            int months =
                                    Integer.parseInt(ui.property(field, "value").strip());
                            return ui.type(field, Integer.toString(months + 1));
                        },
                        session -> true))
                .exec(click(
                        "fan-out: set-up · save the revision",
                        session -> List.of(
                                ui(session).click(ui(session).element("vaadin-button", "Enregistrer la révision"))),
                        session -> !ui(session).location().endsWith("/edit")))
                .exec(click(
                        "fan-out: set-up · submit",
                        session -> {
                            VaadinUi ui = ui(session);
                            // an approver's button says « Soumettre et approuver » (docs/decisions/0033)
                            boolean approver = ui.shows("Soumettre et approuver");
                            return List.of(ui.click(
                                    ui.element("vaadin-button", approver ? "Soumettre et approuver" : "Soumettre")));
                        },
                        session -> ui(session).shows("Soumise")))
                .exec(session -> {
                    System.out.printf(
                            "set-up: the request is submitted (%s)%n",
                            ui(session).location());
                    return session;
                });
    }

    /** The portal's UIs and sessions back to what they were before the run (60 s at most). */
    private static boolean closedAsBefore() {
        double[] before = gaugesBefore;
        double[] now = gauges(GAUGES);
        boolean back = now[0] <= before[0] && now[1] <= before[1] && now[2] <= before[2] && now[3] <= before[3];
        return back || now() > windowStartMs + WINDOW_MS + LATE_MS + 180_000;
    }

    // --- figures -----------------------------------------------------------------------------------------------

    @Override
    public void before() {
        wallAtStart = System.currentTimeMillis();
        monotonicAtStart = now();
        gaugesBefore = Figures.gauges(SETTINGS.metricsUrl(), GAUGES);
        long pid = SETTINGS.portalPid();
        if (pid > 0) {
            Thread watchdog = new Thread(
                    () -> {
                        while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                            try {
                                Thread.sleep(1000);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                        abort("the portal (pid " + pid + ") stopped during the run: read its log (killed by"
                                + " another process?)");
                    },
                    "fan-out-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }
        System.out.printf(
                "Fan-out: %d subscriber UIs in %d sessions, %d comments one every %s-%s s, portal %s (before: %s)%n",
                N, SESSIONS, K, EVERY_MIN, EVERY_MAX, SETTINGS.baseUrl(), describe(gaugesBefore));
    }

    @Override
    public void after() {
        if (!FINISHED.compareAndSet(false, true)) {
            return;
        }
        String report = report();
        System.out.println(report);
        try {
            Path file = Path.of("target", "load", "fan-out-" + RUN + "-" + N + "uis.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, report);
            System.out.println("figures written to " + file.toAbsolutePath());
        } catch (IOException e) {
            System.out.println("could not write the figures: " + e);
        }
    }

    private static String describe(double[] gauges) {
        if (gauges == null) {
            return "?";
        }
        return String.format(
                Locale.ROOT,
                "%.0f UIs, %.0f sessions, %.0f change feed subscribers, %.0f presence viewers, %.0f bells",
                gauges[0],
                gauges[1],
                gauges[2],
                gauges[3],
                gauges[4]);
    }

    private static String report() {
        StringBuilder out = new StringBuilder();
        List<Long> all = new ArrayList<>();
        List<Long> lastPerComment = new ArrayList<>();
        long offset = CLOCK_OFFSET.get();
        for (List<Long> raw : DELAYS) {
            List<Long> delays;
            synchronized (raw) {
                delays = raw.stream().map(d -> d - offset).toList();
            }
            all.addAll(delays);
            if (!delays.isEmpty()) {
                lastPerComment.add(Collections.max(delays));
            }
        }
        long negative = all.stream().filter(d -> d < 0).count();
        Collections.sort(all);
        Collections.sort(lastPerComment);
        int sent = 0;
        for (int k = 0; k < K; k++) {
            sent += SENT.get(k) > 0 ? 1 : 0;
        }
        long expected = (long) subscribed * sent;
        long missing = expected - all.size();
        line(out, "");
        line(
                out,
                "Avenant push fan-out: %d subscriber UIs (asked %d) on one change request of %s, %d signed-in sessions"
                        + " (about %d UIs each; %s in turn, both sides), push over WebSocket",
                subscribed,
                N,
                SETTINGS.contract(),
                SESSIONS,
                (N + SESSIONS - 1) / SESSIONS,
                String.join(
                        ", ",
                        Settings.ACCOUNTS.stream()
                                .map(Settings.Account::username)
                                .toList()));
        line(
                out,
                "publisher: %s (a session and page of its own) posted %d of %d comments, one every %s-%s s",
                PUBLISHER.username(),
                sent,
                K,
                trim(EVERY_MIN),
                trim(EVERY_MAX));
        if (openedAt > 0) {
            line(
                    out,
                    "opening: %d UIs subscribed in %.1f s%s; %d warm-up comments (not measured); %s",
                    subscribed,
                    (openedAt - draftAt) / 1000.0,
                    LATE_READY.get() > 0 ? " (" + LATE_READY.get() + " more too late, not counted)" : "",
                    WARMUP,
                    quietAt == 0
                            ? "never idle"
                            : quiet
                                    ? String.format(
                                            Locale.ROOT,
                                            "idle (no push for %d s) %.1f s after them",
                                            QUIET_MS / 1000,
                                            (quietAt - warmedUpAt) / 1000.0)
                                    : "NOT idle after 120 s (measured anyway)");
            line(out, "  server once open: %s; %s", describe(gaugesOpen), descriptorsOpen);
        }
        if (aborted()) {
            line(out, "ABORTED: %s", ABORT.get());
        }
        line(out, "");
        line(out, "delivery delay: « Publier » UIDL POST sent -> push message with that comment received by a page");
        line(out, "%12s %12s %9s %7s %7s %7s %7s", "deliveries", "expected", "missing", "p50", "p95", "p99", "max");
        line(
                out,
                "%12d %12d %9d %7s %7s %7s %7s",
                all.size(),
                expected,
                missing,
                ms(Figures.percentile(all, 50)),
                ms(Figures.percentile(all, 95)),
                ms(Figures.percentile(all, 99)),
                ms(all.isEmpty() ? -1 : all.getLast()));
        if (missing > 0) {
            line(out, "ERROR: %d deliveries missing (a subscriber never received that comment)", missing);
        }
        if (negative > 0) {
            line(out, "WARNING: %d deliveries timed before their POST was sent (clocks?)", negative);
        }
        line(
                out,
                "(times on the monotonic clock, Gatling's too; the wall clock moved %+d ms against it during the run)",
                (System.currentTimeMillis() - wallAtStart) - (now() - monotonicAtStart));
        line(
                out,
                "until the last subscriber had it, per comment: median %s ms, max %s ms; the publisher's « Publier »"
                        + " answered in median %s ms",
                ms(Figures.percentile(lastPerComment, 50)),
                ms(lastPerComment.isEmpty() ? -1 : lastPerComment.getLast()),
                ms(Figures.percentile(sortedCopy(PUBLISH_MS), 50)));

        double cpuPerEvent = Double.NaN;
        if (idleFrom != null && idleTo != null && windowFrom != null && windowTo != null && sent > 0) {
            double idleSeconds = Duration.between(idleFrom.at(), idleTo.at()).toMillis() / 1000.0;
            double idleCpu = idleTo.cpuSeconds() - idleFrom.cpuSeconds();
            double windowSeconds =
                    Duration.between(windowFrom.at(), windowTo.at()).toMillis() / 1000.0;
            double windowCpu = windowTo.cpuSeconds() - windowFrom.cpuSeconds();
            double idleInWindow = idleCpu / idleSeconds * windowSeconds;
            cpuPerEvent = (windowCpu - idleInWindow) * 1000 / sent;
            line(out, "");
            line(
                    out,
                    "portal CPU (process_cpu_time_ns_total): comment window %.1f s: %.2f s; idle window just before,"
                            + " %.1f s: %.2f s%s",
                    windowSeconds,
                    windowCpu,
                    idleSeconds,
                    idleCpu,
                    Math.abs(windowSeconds - idleSeconds) > 0.5
                            ? String.format(Locale.ROOT, " (scaled to %.1f s: %.2f s)", windowSeconds, idleInWindow)
                            : "");
            line(
                    out,
                    "portal CPU per comment, idle taken off: %.1f ms; GC pauses in the window %.2f s",
                    cpuPerEvent,
                    windowTo.gcPauseSeconds() - windowFrom.gcPauseSeconds());
            if (compilerAtWindowFrom >= 0 && compilerAtWindowTo >= compilerAtWindowFrom) {
                double jitMs = (compilerAtWindowTo - compilerAtWindowFrom) / 1e6;
                line(
                        out,
                        "  of which the JIT compiler still compiling the portal's code: %.1f ms per comment (a portal"
                                + " that has served for a while has compiled it)",
                        jitMs / sent);
            }
            line(
                    out,
                    "push messages to the subscribers during the idle window: %d (0 expected); in the whole run: %d",
                    IDLE_PUSHES.get(),
                    PUSHES.get());
            line(
                    out,
                    "load generator (this JVM, same machine) CPU in the comment window: %.2f s",
                    generatorCpuTo - generatorCpuFrom);
        } else {
            line(out, "no comment window: CPU per comment not measured");
        }
        line(out, "");
        String errors = Figures.outsideErrors();
        line(out, "request errors: %s", errors.isEmpty() ? "none" : errors.strip());
        line(out, "closed: before the run %s; after it %s", describe(gaugesBefore), describe(gaugesAfter));
        long p95 = Figures.percentile(all, 95);
        boolean held = missing == 0 && !all.isEmpty() && p95 < 250;
        line(
                out,
                "goal (issue 13): p95 < 250 ms at 500 subscribed UIs -> %s",
                subscribed >= 500
                        ? (held ? "met" : "NOT met") + " (p95 " + p95 + " ms)"
                        : "not this run (" + subscribed + " UIs): p95 " + p95 + " ms"
                                + (held ? " < 250" : " >= 250 or deliveries missing"));
        line(
                out,
                "SUMMARY uis=%d asked=%d sessions=%d comments=%d deliveries=%d expected=%d missing=%d p50=%d p95=%d"
                        + " p99=%d max=%d cpuMsPerEvent=%.1f openSeconds=%.1f idlePushes=%d errors=%s aborted=%s",
                subscribed,
                N,
                SESSIONS,
                sent,
                all.size(),
                expected,
                missing,
                Figures.percentile(all, 50),
                p95,
                Figures.percentile(all, 99),
                all.isEmpty() ? -1 : all.getLast(),
                cpuPerEvent,
                openedAt > 0 ? (openedAt - draftAt) / 1000.0 : -1.0,
                IDLE_PUSHES.get(),
                errors.isEmpty() ? "0" : "yes",
                aborted() ? "yes" : "no");
        return out.toString();
    }

    private static List<Long> sortedCopy(List<Long> list) {
        List<Long> copy;
        synchronized (list) {
            copy = new ArrayList<>(list);
        }
        Collections.sort(copy);
        return copy;
    }

    private static String ms(long value) {
        return value < 0 ? "-" : Long.toString(value);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
