package app.avenant.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIfFailed;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.http.HttpDsl.ws;

import io.gatling.http.action.ws.WsInboundMessage;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ObjectNode;

/**
 * The portal under load with Vaadin's own protocol (issue 13, point 1): each virtual user signs in through the
 * login form, then goes round what people do most, one click at a time with 5 to 10 s of reading or typing in
 * between: the contract list, a contract's workspace, its Historique and the compare of two versions, the change
 * requests, one open request where they write and publish a comment, the performance overview, Indicateurs and
 * the Relevé mensuel, and back to the list.
 *
 * <p>Every click is what the browser sends: the bootstrap page, {@code ?v-r=init} (the UI id, the
 * {@code Vaadin-Security-Key}, the push id and the first UIDL), then UIDL posts carrying the key, the last
 * {@code syncId} applied and the next {@code clientId} — navigation events for links, click and item-click
 * events, {@code mSync} of a field's value, and the grid's {@code confirmUpdate} the browser answers with when
 * data arrives. Node ids come from the server's UIDL, looked up by what a person sees ({@link VaadinUi}). With
 * push on, each user keeps the UI's Atmosphere WebSocket open and applies what the server pushes.
 *
 * <p>First a set-up user creates one draft change request per side (the demo's requests are all closed, and a
 * draft takes comments from its side), then a few warm-up users go round once quickly (not measured), then the
 * users ramp up; the window measured starts once they all run. Figures: {@link Figures}, settings:
 * {@link Settings}. Run: load/run-load-test.sh, or {@code ./mvnw -Pload test-compile gatling:test} against a
 * running portal.
 *
 * <p>Its building blocks (sign in and out, a click, a UIDL post, the push WebSocket, a draft created) are static
 * and package-private: {@link FanOutSimulation} speaks the protocol with them too.
 */
public class PortalSimulation extends Simulation {

    static final Settings SETTINGS = Settings.fromSystemProperties();
    private static final String RUN = DateTimeFormatter.ofPattern("HHmmss").format(LocalDateTime.now());
    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");

    /** The draft each side comments on: side → its title, written by the set-up. */
    private static final Map<String, String> DRAFTS = new ConcurrentHashMap<>();

    private static final AtomicInteger NEXT_ACCOUNT = new AtomicInteger();
    private static final AtomicInteger COMMENTS = new AtomicInteger();
    private static final AtomicLong MAIN_START = new AtomicLong();
    private static final AtomicInteger MAIN_VISITS = new AtomicInteger();
    /**
     * Where a first visit may start: the index of a step of {@link #journey} (0 is « 03 open contract », on the
     * list a sign-in lands on); not the compare's « back » (06) nor « publish » (10), which need the step before.
     */
    private static final List<Integer> START_POINTS = List.of(0, 1, 2, 4, 5, 6, 8, 9, 10, 11, 12, 13);
    /** The contract's route (contracts/<id>), found by the set-up. */
    private static final AtomicReference<String> CONTRACT_ROUTE = new AtomicReference<>();
    /** The draft each side comments on: side → its route (changes/<id>), found by the set-up. */
    private static final Map<String, String> DRAFT_ROUTES = new ConcurrentHashMap<>();

    private static final ScheduledExecutorService CLOCK = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "load-clock");
        thread.setDaemon(true);
        return thread;
    });

    private static final String MAIN = "main";
    private static final String WARMUP = "warmup";
    private static final String SETUP = "setup";
    private static final String CPU = "cpu";

    public PortalSimulation() {
        ScenarioBuilder setup = scenario("set-up: one draft per side")
                .exec(session -> session.set("phase", SETUP).set("pushOpen", false))
                .exec(createDraft(Settings.ACCOUNTS.get(0), draftTitle(Settings.ACCOUNTS.get(0))))
                .exec(closePush())
                .exec(flushCookieJar())
                .exec(createDraft(Settings.ACCOUNTS.get(1), draftTitle(Settings.ACCOUNTS.get(1))))
                .exec(closePush());

        ScenarioBuilder warmup = scenario("warm-up")
                .exec(session -> startUser(session, WARMUP))
                .exec(signIn())
                .exec(repeat(2).on(journey()))
                .exec(signOut())
                .exec(closePush());

        // one visit per virtual user: sign in, one round, sign out; the closed model then starts the next visitor
        ScenarioBuilder users = scenario("users")
                .exec(session -> startUser(session, MAIN))
                .exec(signIn())
                .exec(journey())
                .exec(signOut())
                .exec(closePush());

        // whole visits, so that the sign-in (BCrypt) and the sign-out are read as often as the pages
        ScenarioBuilder alone = scenario("CPU per request, one user alone")
                .exec(repeat(SETTINGS.cpuRounds(), "round")
                        .on(exec(session -> startUser(session, CPU))
                                .exec(signIn())
                                .exec(journey())
                                .exec(signOut())
                                .exec(closePush())
                                .exec(flushCookieJar())));

        PopulationBuilder main = users.injectClosed(
                rampConcurrentUsers(0).to(SETTINGS.users()).during(SETTINGS.ramp()),
                constantConcurrentUsers(SETTINGS.users()).during(SETTINGS.duration()));
        // set-up, then warm-up, then the one user alone, then the users: each starts when the one before is done
        List<PopulationBuilder> phases = new ArrayList<>();
        phases.add(setup.injectOpen(atOnceUsers(1)));
        if (SETTINGS.warmupUsers() > 0) {
            phases.add(warmup.injectOpen(atOnceUsers(SETTINGS.warmupUsers())));
        }
        if (SETTINGS.cpuRounds() > 0 && SETTINGS.portalPid() > 0) {
            phases.add(alone.injectOpen(atOnceUsers(1)));
        }
        phases.add(main);
        PopulationBuilder chain = phases.getLast();
        for (int i = phases.size() - 2; i >= 0; i--) {
            chain = phases.get(i).andThen(chain);
        }
        setUp(chain).protocols(protocol());
    }

    /** The browser as the portal sees it: French, gzip, and what it pushes kept until read. */
    static HttpProtocolBuilder protocol() {
        return http.baseUrl(SETTINGS.baseUrl())
                .wsBaseUrl(SETTINGS.wsBaseUrl())
                // what the server pushes is kept until the user reads it (drainPush); Gatling drops it otherwise
                .wsUnmatchedInboundMessageBufferSize(10_000)
                .acceptLanguageHeader("fr-FR,fr;q=0.9")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Avenant load test (Gatling)");
    }

    private static long windowEnd() {
        return SETTINGS.ramp().toMillis() + SETTINGS.duration().toMillis();
    }

    @Override
    public void before() {
        System.out.printf(
                "Load test: %d users, ramp-up %d s, measured %d s, think %s-%s s, push %s, portal %s%n",
                SETTINGS.users(),
                SETTINGS.ramp().toSeconds(),
                SETTINGS.duration().toSeconds(),
                SETTINGS.thinkMin(),
                SETTINGS.thinkMax(),
                SETTINGS.push(),
                SETTINGS.baseUrl());
        // fails early, before any user, when the management port does not answer
        Figures.idle(SETTINGS.metricsUrl(), Duration.ofSeconds(10));
    }

    @Override
    public void after() {
        if (MAIN_START.get() > 0 && System.currentTimeMillis() < MAIN_START.get() + windowEnd()) {
            // the users stopped before the window's end (all failed): close it now
            Figures.windowCloses(SETTINGS);
        }
        String report = Figures.report(SETTINGS);
        System.out.println(report);
        try {
            Path folder = Path.of("target", "load");
            Files.createDirectories(folder);
            Path file = folder.resolve("load-" + RUN + "-" + SETTINGS.users() + "users.txt");
            Files.writeString(file, report);
            System.out.println("figures written to " + file.toAbsolutePath());
        } catch (IOException e) {
            System.out.println("could not write the figures: " + e);
        }
    }

    // --- who the user is ---------------------------------------------------------------------------------------

    private static Session startUser(Session session, String phase) {
        Settings.Account account =
                Settings.ACCOUNTS.get(Math.floorMod(NEXT_ACCOUNT.getAndIncrement(), Settings.ACCOUNTS.size()));
        if (phase.equals(MAIN) && MAIN_START.compareAndSet(0, System.currentTimeMillis())) {
            long start = MAIN_START.get();
            Figures.window(start + SETTINGS.ramp().toMillis(), start + windowEnd());
            CLOCK.schedule(
                    () -> Figures.windowOpens(SETTINGS),
                    SETTINGS.ramp().toMillis(),
                    TimeUnit.MILLISECONDS);
            CLOCK.schedule(
                    () -> Figures.windowCloses(SETTINGS),
                    windowEnd(),
                    TimeUnit.MILLISECONDS);
            CLOCK.scheduleAtFixedRate(PortalSimulation::progress, 15, 15, TimeUnit.SECONDS);
        }
        // The first visitors all sign in during the ramp-up. Were they all to start at the contract list, they would
        // move through the round in step, the window would see mostly its first pages and hardly any sign-in;
        // instead each first visit starts at a random step, reached from a link (as from the bell), so that the
        // pages, the sign-ins and the sign-outs are spread over the window as in a steady day.
        int startAt = phase.equals(MAIN) && MAIN_VISITS.incrementAndGet() <= SETTINGS.users()
                ? START_POINTS.get(ThreadLocalRandom.current().nextInt(START_POINTS.size()))
                : 0;
        return session.set("phase", phase)
                .set("username", account.username())
                .set("side", account.side())
                .set("pushOpen", false)
                .set("startAt", startAt);
    }

    private static void progress() {
        long elapsed = (System.currentTimeMillis() - MAIN_START.get()) / 1000;
        String stage = elapsed < SETTINGS.ramp().toSeconds()
                ? "ramp-up"
                : elapsed <= windowEnd() / 1000 ? "measuring" : "ending";
        System.out.printf("  %4d s  %s%n", elapsed, stage);
    }

    private static boolean measured(Session session) {
        return MAIN.equals(session.getString("phase"));
    }

    static VaadinUi ui(Session session) {
        return session.get("ui");
    }

    static ChainBuilder think() {
        return exec(pause(session -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            if (CPU.equals(session.getString("phase"))) {
                return Duration.ofMillis(20);
            }
            if (!measured(session)) {
                return Duration.ofMillis(100 + random.nextInt(200));
            }
            double seconds = SETTINGS.thinkMin() + random.nextDouble() * (SETTINGS.thinkMax() - SETTINGS.thinkMin());
            return Duration.ofMillis(Math.round(seconds * 1000));
        }));
    }

    // --- what people do --------------------------------------------------------------------------------------

    /** The login page (itself a Vaadin view), then the form posted, then the contract list it lands on. */
    static ChainBuilder signIn() {
        return signIn(false);
    }

    /**
     * The sign-in; with {@code closesLoginPage}, the login page's UI is closed as the browser closes it when the
     * page it navigated to arrives (its {@code pagehide} beacon, {@link #closePage}), before the new page's init.
     */
    static ChainBuilder signIn(boolean closesLoginPage) {
        ChainBuilder loginPage = action(
                "01 login page",
                session -> true,
                timed(
                        "01 login page · GET /login",
                        http("01 login page · GET /login").get("/login"),
                        200,
                        (session, body) -> {
                            Matcher meta = META.matcher(body);
                            Session next = session;
                            while (meta.find()) {
                                next = next.set(
                                        meta.group(1).equals("_csrf") ? "csrf" : "csrfParameter", meta.group(2));
                            }
                            if (!next.contains("csrf") || !next.contains("csrfParameter")) {
                                throw new VaadinUi.ProtocolException("login page without its CSRF meta tags");
                            }
                            return next;
                        }),
                timed(
                        "01 login page · init",
                        http("01 login page · init").get(session -> "/?" + VaadinUi.initQuery("login")),
                        200,
                        (session, body) -> session.set("ui", VaadinUi.fromInit(body, "login"))),
                uidl("01 login page · navigate", session -> List.of(ui(session).navigateOnLoad("login"))));

        ChainBuilder form = action(
                "02 sign in",
                session -> ui(session).row(SETTINGS.contract()) != null,
                timed(
                        "02 sign in · POST /login",
                        http("02 sign in · POST /login")
                                .post("/login")
                                .formParam("username", "#{username}")
                                .formParam("password", SETTINGS.password())
                                .formParam("#{csrfParameter}", "#{csrf}")
                                .disableFollowRedirect(),
                        302,
                        (session, body) -> {
                            String location = session.getString("location");
                            if (location == null || location.contains("login")) {
                                throw new VaadinUi.ProtocolException("sign-in refused (sent to " + location + ")");
                            }
                            return session;
                        },
                        header("Location").saveAs("location")),
                timed("02 sign in · GET /", http("02 sign in · GET /").get("/"), 200, (session, body) -> {
                    if (!body.contains("<html")) {
                        throw new VaadinUi.ProtocolException("no bootstrap page");
                    }
                    return session;
                }),
                closesLoginPage ? closePage("02 sign in · login page closed") : exec(session -> session),
                timed(
                        "02 sign in · init",
                        http("02 sign in · init").get(session -> "/?" + VaadinUi.initQuery("")),
                        200,
                        (session, body) -> session.set("ui", VaadinUi.fromInit(body, ""))),
                openPush(),
                uidl("02 sign in · navigate", session -> List.of(ui(session).navigateOnLoad(""))));

        return exec(loginPage).exec(think()).exec(form);
    }

    /**
     * One round, from the contract list back to it: 14 clicks, each after a pause. A step is skipped once the
     * visit has made the steps it was given (the first visitors' first visits are cut short) or the measured
     * window is over.
     */
    private ChainBuilder journey() {
        String contract = SETTINGS.contract();
        return steps(
                click(
                        "03 open contract",
                        session -> {
                            VaadinUi.GridRow row = ui(session).row(contract);
                            return ui(session).clickRow(row.grid(), row.key());
                        },
                        session -> ui(session).location().startsWith("contracts/")
                                && ui(session).shows("Historique")),
                click(
                        "04 history tab",
                        session -> {
                            VaadinUi ui = ui(session);
                            int tab = ui.elementWithAttribute("vaadin-tab", "id", "tab-history");
                            int tabs = ui.parentOf(tab);
                            return ui.selectTab(tabs, ui.indexAmong(tabs, tab));
                        },
                        session -> ui(session).shows("Comparer deux versions")),
                click(
                        "05 compare two versions",
                        session -> List.of(ui(session).click(ui(session).element("vaadin-button", "Comparer"))),
                        session -> ui(session).location().contains("/compare/")),
                link(
                        "06 back to the history",
                        "← Retour à l’historique du contrat",
                        session -> ui(session).shows("Comparer deux versions")),
                link(
                        "07 change requests",
                        "Demandes de modification →",
                        session -> ui(session).row(draft(session)) != null),
                click(
                        "08 open the draft request",
                        session -> {
                            VaadinUi.GridRow row = ui(session).row(draft(session));
                            return ui(session).clickRow(row.grid(), row.key());
                        },
                        session -> ui(session).element("vaadin-button", "Publier") > 0),
                exec(session -> session.set(
                                "comment",
                                "Charge " + RUN + " : remarque n° " + COMMENTS.incrementAndGet() + " de "
                                        + session.getString("username")))
                        .exec(click(
                                "09 type a comment",
                                session -> ui(session)
                                        .type(
                                                ui(session)
                                                        .elementWithProperty(
                                                                "vaadin-text-area", "label", "Votre message"),
                                                session.getString("comment")),
                                session -> true)),
                click(
                        "10 publish the comment",
                        session -> List.of(ui(session).click(ui(session).element("vaadin-button", "Publier"))),
                        session -> ui(session).shows(session.getString("comment"))),
                link(
                        "11 back to the requests",
                        "← Demandes de modification du contrat",
                        session -> ui(session).row(draft(session)) != null),
                link(
                        "12 back to the contract",
                        "← Retour au contrat",
                        session -> ui(session).shows("Historique")),
                link(
                        "13 performance overview",
                        "Suivi de la performance →",
                        session -> ui(session).location().endsWith("/overview")),
                link(
                        "14 indicators",
                        "Indicateurs",
                        session -> ui(session).location().endsWith("/indicators")),
                link(
                        "15 monthly statement",
                        "Relevé mensuel",
                        session -> ui(session).location().endsWith("/statement")),
                click(
                        "16 contract list",
                        session -> {
                            VaadinUi ui = ui(session);
                            return List.of(ui.navigate(ui.targetInHtml("vaadin-side-nav-item", "Mes contrats")));
                        },
                        session -> ui(session).row(contract) != null));
    }

    /**
     * The steps, each after a pause, from the visit's starting point (reached first by a link) while the window is
     * not over.
     */
    private ChainBuilder steps(ChainBuilder... steps) {
        ChainBuilder chain = doIf(session -> session.getInt("startAt") > 0 && goesOn(session))
                .then(exec(think())
                        .exec(click(
                                "00 first visit: a link to the page",
                                session -> List.of(ui(session).navigate(startPage(session))),
                                session -> true)));
        for (int i = 0; i < steps.length; i++) {
            int index = i;
            chain = chain.doIf(session -> index >= session.getInt("startAt") && goesOn(session))
                    .then(exec(think()).exec(steps[i]));
        }
        return chain;
    }

    private static boolean goesOn(Session session) {
        return !measured(session) || System.currentTimeMillis() < MAIN_START.get() + windowEnd();
    }

    /** The page on which the step a first visit starts at is clicked. */
    private static String startPage(Session session) {
        String contract = CONTRACT_ROUTE.get();
        String draft = DRAFT_ROUTES.get(session.getString("side"));
        if (contract == null || draft == null) {
            throw new VaadinUi.ProtocolException("the set-up found no contract or draft route");
        }
        return switch (session.getInt("startAt")) {
            case 1, 4, 10 -> contract;
            case 2 -> contract + "?tab=history";
            case 5, 9 -> contract + "/changes";
            case 6, 8 -> draft;
            case 11 -> contract + "/overview";
            case 12 -> contract + "/indicators";
            case 13 -> contract + "/statement";
            default -> throw new IllegalStateException("no start page for step " + session.getInt("startAt"));
        };
    }

    /** « Se déconnecter »: the session ends on the server, the browser is sent back to the login page. */
    static ChainBuilder signOut() {
        return doIf(session -> !measured(session) || System.currentTimeMillis() < MAIN_START.get() + windowEnd())
                .then(exec(think())
                        .exec(action(
                                "17 sign out",
                                session -> true,
                                exec(drainPush())
                                        .exec(session -> prepare(
                                                session,
                                                "17 sign out",
                                                s -> List.of(
                                                        ui(s).click(ui(s).element("vaadin-button", "Se déconnecter")))))
                                        .exec(exitHereIfFailed())
                                        .exec(post("17 sign out", true)))));
    }

    private static String draftTitle(Settings.Account account) {
        return "Charge " + RUN + " — brouillon " + account.side();
    }

    /**
     * The set-up: signs in for one side and creates a draft with that title; the user is left on its page, push
     * open.
     */
    static ChainBuilder createDraft(Settings.Account account, String title) {
        return exec(session -> session.set("username", account.username()).set("side", account.side()))
                .exec(signIn())
                .exec(click(
                        "set-up: open contract",
                        session -> {
                            VaadinUi.GridRow row = ui(session).row(SETTINGS.contract());
                            return ui(session).clickRow(row.grid(), row.key());
                        },
                        session -> ui(session).location().startsWith("contracts/")))
                .exec(session -> {
                    CONTRACT_ROUTE.set(ui(session).location());
                    return session;
                })
                .exec(link("set-up: change requests", "Demandes de modification →", session -> true))
                .exec(click(
                        "set-up: new request",
                        session -> List.of(ui(session)
                                .click(ui(session).element("vaadin-button", "Nouvelle demande de modification"))),
                        session -> true))
                .exec(click(
                        "set-up: title",
                        session -> ui(session)
                                .type(ui(session).elementWithProperty("vaadin-text-field", "label", "Titre"), title),
                        session -> true))
                .exec(click(
                        "set-up: reason",
                        session -> ui(session)
                                .type(
                                        ui(session).elementWithProperty("vaadin-text-area", "label", "Raison"),
                                        "Demande créée par le test de charge pour y publier des commentaires."),
                        session -> true))
                .exec(click(
                        "set-up: objective",
                        session -> {
                            VaadinUi ui = ui(session);
                            int select = ui.elementWithProperty("vaadin-select", "label", "Objectif servi");
                            return ui.choose(select, ui.selectKeys(select).getFirst());
                        },
                        session -> true))
                .exec(click(
                        "set-up: create the draft",
                        session ->
                                List.of(ui(session).click(ui(session).element("vaadin-button", "Créer le brouillon"))),
                        session -> ui(session).location().startsWith("changes/")))
                .exec(session -> {
                    DRAFTS.put(account.side(), title);
                    DRAFT_ROUTES.put(account.side(), ui(session).location());
                    System.out.printf("set-up: draft « %s » created by %s%n", title, account.username());
                    return session;
                });
    }

    private static String draft(Session session) {
        String title = DRAFTS.get(session.getString("side"));
        if (title == null) {
            throw new VaadinUi.ProtocolException("the set-up created no draft for " + session.getString("side"));
        }
        return title;
    }

    // --- building blocks -------------------------------------------------------------------------------------

    /** A click on a router link with that text: the navigation event the client sends for it. */
    static ChainBuilder link(String name, String text, Predicate<Session> expected) {
        return click(name, session -> List.of(ui(session).navigate(ui(session).linkTarget(text))), expected);
    }

    /** One user action made of a single UIDL round trip (and the follow-up the browser sends after it). */
    static ChainBuilder click(String name, Function<Session, List<ObjectNode>> rpcs, Predicate<Session> expected) {
        return action(name, expected, uidl(name, rpcs));
    }

    /**
     * A user action: its requests one after the other, timed together, then a look at the screen it led to (what
     * the person expects to see, and never « Contrat introuvable »). A failure ends the user; the closed model
     * starts another, who signs in again.
     */
    static ChainBuilder action(String name, Predicate<Session> expected, ChainBuilder... requests) {
        ChainBuilder chain = exec(session -> session.set("action", name).set("actionMs", 0L));
        for (ChainBuilder request : requests) {
            chain = chain.exec(request);
        }
        return chain.exec(session -> {
                    boolean measured = measured(session);
                    String failure;
                    try {
                        failure = ui(session).shows("Contrat introuvable")
                                ? "the screen says « Contrat introuvable »"
                                : expected.test(session)
                                        ? null
                                        : "not the screen expected (at "
                                                + ui(session).location() + ")";
                    } catch (RuntimeException e) {
                        failure = e.getMessage();
                    }
                    if (failure != null) {
                        if (Boolean.getBoolean("load.debug")) {
                            debug(name, failure, ui(session));
                        }
                        Figures.request(measured, name + " · screen", -1, false, failure);
                        Figures.action(measured, name, -1, false);
                        return session.markAsFailed();
                    }
                    Figures.action(measured, name, session.getLong("actionMs"), true);
                    return session;
                })
                .exec(exitHereIfFailed());
    }

    private static final AtomicInteger DEBUG_FILES = new AtomicInteger();

    /** With -Dload.debug=true: the answer that led to a screen not expected, for reading (the first 20). */
    private static void debug(String action, String failure, VaadinUi ui) {
        int n = DEBUG_FILES.incrementAndGet();
        if (n > 20) {
            return;
        }
        try {
            Path file = Path.of("target", "load", "unexpected-" + RUN + "-" + n + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, action + "\n" + failure + "\n\n" + ui.lastAnswer);
        } catch (IOException e) {
            System.out.println("could not write " + e);
        }
    }

    /** A UIDL post carrying {@code rpcs}; when the answer brought grid data, the browser's confirmation follows. */
    static ChainBuilder uidl(String name, Function<Session, List<ObjectNode>> rpcs) {
        String followUp = name + " · follow-up";
        return exec(drainPush())
                .exec(session -> prepare(session, name, rpcs))
                .exec(exitHereIfFailed())
                .exec(post(name, false))
                .exec(settle())
                .doIf(session -> ui(session).hasFollowUp())
                .then(exec(session -> prepare(session, followUp, s -> List.of()))
                        .exec(exitHereIfFailed())
                        .exec(post(followUp, false))
                        .exec(settle()));
    }

    /**
     * What the server pushed before its answer (a sync id in between) is applied before the answer's changes, as
     * the browser does; an answer whose predecessor has not arrived is applied anyway.
     */
    private static ChainBuilder settle() {
        return exec(drainPush()).exec(session -> {
            ui(session).settle();
            return session;
        });
    }

    private static Session prepare(Session session, String name, Function<Session, List<ObjectNode>> rpcs) {
        try {
            VaadinUi ui = ui(session);
            List<ObjectNode> list = new ArrayList<>(ui.followUp());
            list.addAll(rpcs.apply(session));
            return session.set("message", ui.message(list)).set("uidlPath", ui.uidlPath());
        } catch (RuntimeException e) {
            Figures.request(measured(session), name, -1, false, e.getMessage());
            Figures.action(measured(session), session.getString("action"), -1, false);
            return session.markAsFailed();
        }
    }

    private static ChainBuilder post(String name, boolean endsSession) {
        return timed(
                name,
                http(name)
                        .post("#{uidlPath}")
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody("#{message}")),
                200,
                (session, body) -> {
                    if (endsSession) {
                        ui(session).answerEndingSession(body);
                    } else {
                        ui(session).answer(body);
                    }
                    return session;
                });
    }

    /**
     * One HTTP request, timed by Gatling (its response time, first byte sent to last byte received); the answer
     * is handed to {@code onAnswer}, whose exception counts as this request's error.
     */
    static ChainBuilder timed(
            String name,
            HttpRequestActionBuilder request,
            int expectedStatus,
            BiFunction<Session, String, Session> onAnswer,
            CheckBuilder... more) {
        List<CheckBuilder> checks = new ArrayList<>();
        checks.add(responseTimeInMillis().saveAs("rt"));
        checks.add(status().saveAs("status"));
        checks.add(status().is(expectedStatus));
        checks.add(bodyString().saveAs("answer"));
        checks.addAll(List.of(more));
        return exec(session -> session.remove("rt")
                        .remove("status")
                        .remove("answer")
                        .set("cpu0", readsCpu(session) ? Figures.portalThreadsCpuNs(SETTINGS.portalPid()) : -1L))
                .exec(request.check(checks))
                .exec(session -> {
                    long cpu0 = session.getLong("cpu0");
                    if (cpu0 >= 0 && !session.isFailed()) {
                        long cpu1 = Figures.portalThreadsCpuNs(SETTINGS.portalPid());
                        if (cpu1 >= cpu0) {
                            Figures.requestCpu(
                                    name,
                                    cpu1 - cpu0,
                                    session.getString("answer").length());
                        }
                    }
                    return session;
                })
                .exec(session -> {
                    boolean measured = measured(session);
                    long millis = session.contains("rt") ? session.getInt("rt") : -1;
                    if (session.isFailed()) {
                        String why = session.contains("status")
                                ? "HTTP " + session.getInt("status") + " (expected " + expectedStatus + ")"
                                : "no answer (connection)";
                        Figures.request(measured, name, millis, false, why);
                        Figures.action(measured, session.getString("action"), -1, false);
                        return session;
                    }
                    try {
                        Session next = onAnswer.apply(session, session.getString("answer"));
                        Figures.request(measured, name, millis, true, null);
                        return next.remove("answer").set("actionMs", next.getLong("actionMs") + millis);
                    } catch (RuntimeException e) {
                        Figures.request(measured, name, millis, false, e.getMessage());
                        Figures.action(measured, session.getString("action"), -1, false);
                        return session.markAsFailed();
                    }
                })
                .exec(exitHereIfFailed());
    }

    /** The one user alone, once its first third of rounds has warmed the code it runs. */
    private static boolean readsCpu(Session session) {
        return CPU.equals(session.getString("phase"))
                && session.contains("round")
                && session.getInt("round") >= SETTINGS.cpuRounds() / 3;
    }

    /** The UI's push connection, opened once the UI exists (vaadinPush.js does it right after init). */
    static ChainBuilder openPush() {
        if (!SETTINGS.push()) {
            return exec(session -> session);
        }
        return exec(ws("02 sign in · push WebSocket")
                        .connect(session -> ui(session).pushPath()))
                .exec(session -> {
                    if (session.isFailed()) {
                        Figures.request(
                                measured(session), "02 sign in · push WebSocket", -1, false, "WebSocket refused");
                        return session;
                    }
                    return session.set("pushOpen", true);
                })
                .exec(exitHereIfFailed());
    }

    /** What the server pushed since the last request, applied before the next one (its sync id, its changes). */
    static ChainBuilder drainPush() {
        return drainPush((session, message) -> {});
    }

    /** The same, each text message shown to {@code observer} first (with the time it arrived) and then applied. */
    static ChainBuilder drainPush(BiConsumer<Session, WsInboundMessage.Text> observer) {
        if (!SETTINGS.push()) {
            return exec(session -> session);
        }
        return exec(session -> session)
                .doIf(session -> session.getBoolean("pushOpen"))
                .then(exec(ws.processUnmatchedMessages((messages, session) -> {
                    try {
                        for (WsInboundMessage message : messages) {
                            if (message instanceof WsInboundMessage.Text text) {
                                observer.accept(session, text);
                                ui(session).pushed(text.message());
                            }
                        }
                        return session;
                    } catch (RuntimeException e) {
                        Figures.request(measured(session), "push message", -1, false, e.getMessage());
                        return session.markAsFailed();
                    }
                })));
    }

    /**
     * A page left or its tab closed: Flow's client sends, on {@code pagehide}, a beacon to its UI's UIDL address
     * ({@code navigator.sendBeacon}, text/plain, no sync id) that the server answers by closing the UI.
     */
    static ChainBuilder closePage(String name) {
        return timed(
                name,
                http(name)
                        .post(session -> ui(session).uidlPath())
                        .header("Content-Type", "text/plain;charset=UTF-8")
                        .body(StringBody(session -> ui(session).unloadBeacon())),
                200,
                (session, body) -> session);
    }

    static ChainBuilder closePush() {
        if (!SETTINGS.push()) {
            return exec(session -> session);
        }
        return exec(session -> session)
                .doIf(session -> session.getBoolean("pushOpen"))
                .then(exec(ws("close push").close()).exec(session -> session.set("pushOpen", false)));
    }
}
