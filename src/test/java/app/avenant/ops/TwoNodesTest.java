package app.avenant.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.avenant.e2e.BrowserSession;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.springframework.util.FileSystemUtils;

/**
 * Issue 17, as operators run it: two nodes of the packaged jar on one MariaDB database, Redis between them, HAProxy
 * in front with sticky sessions, all on loopback. Paul (PME) is served by node a, Léa (provider) by node b, in two
 * real Chromium browsers. They see each other on the request's page and each other's comments and counter-proposal
 * live (the cross-node delay is printed); the daily alerts job, fired every 10 seconds on both nodes, runs once per
 * firing; node a is killed with SIGKILL while Paul is typing a counter-offer he has not saved; Léa's page stops
 * naming him; Paul reloads, lands on node b, signs in again, and finds everything saved and his unsaved edit.
 *
 * <p>Needs the jar ({@code ./mvnw package}), MariaDB, Redis ({@code AVENANT_OPS_REDIS_URL}, default
 * {@code redis://127.0.0.1:6379}), Debian's {@code haproxy}, {@code chromium} and {@code chromium-driver};
 * {@code .ci/run} provides them all.
 */
@Tag("ops")
class TwoNodesTest {

    private static final String DATABASE = "avenant_two_nodes";
    private static final String REDIS = env("AVENANT_OPS_REDIS_URL", "redis://127.0.0.1:6379");
    private static final String PASSWORD = "Avenant-demo-2026";
    private static final String CONTRACT = "AV-2026-001";
    private static final String ITEM_TITLE = "Saisie des factures fournisseurs";

    private static final String NEXT_STEP = ".av-cr-next";
    private static final String FOCUSED = ".av-focused";
    private static final String PROPOSE_LINK = ".av-volume-item a.av-propose-link";
    private static final String NEW_REQUEST_DIALOG = "vaadin-dialog.av-cr-new-dialog";
    private static final String CHANGES_SECTION = "#cr-diff";
    private static final String DISCUSSION_SECTION = "#cr-discussion";
    private static final String PRESENCE = ".av-cr-presence";

    /** Comments each way; the first ones run while the JIT compiles the code they use, and are not counted. */
    private static final int COMMENTS = 12;

    private static final int WARM_UP = 3;

    @Test
    void two_nodes_share_live_updates_presence_and_jobs_and_a_killed_node_loses_nothing() throws Exception {
        // kept after the run: the nodes' and HAProxy's logs are what an operator reads when something went wrong
        Path dir = Path.of("target", "two-nodes").toAbsolutePath();
        FileSystemUtils.deleteRecursively(dir);
        Files.createDirectories(dir);
        Databases.recreateMariadb(DATABASE);
        Path shared = Files.createDirectories(dir.resolve("shared"));
        String cluster = "avenant-test-" + UUID.randomUUID().toString().substring(0, 8);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        try (PortalProcess a = node(dir, "a", shared, cluster);
                PortalProcess b = node(dir, "b", shared, cluster)) {
            // both at once on the empty database, as an operator's scripts start them: one migrates it (Flyway's lock)
            // and creates the audit chain's key and the demo data (a lock each), the other waits or skips
            a.start();
            b.start();
            a.awaitReady(Duration.ofSeconds(180));
            b.awaitReady(Duration.ofSeconds(180));
            try (LoadBalancer haproxy = LoadBalancer.start(dir, a, b);
                    BrowserSession pme = BrowserSession.open(haproxy.url());
                    BrowserSession provider = BrowserSession.open(haproxy.url())) {
                try {
                    scenario(a, b, haproxy, pme, provider, tag);
                } catch (Exception | AssertionError e) {
                    // what each person saw when it went wrong, beside the logs
                    screenshot(pme, dir.resolve("paul.png"));
                    screenshot(provider, dir.resolve("lea.png"));
                    throw e;
                }
            }
        }
    }

    private static void screenshot(BrowserSession browser, Path file) {
        try {
            byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
            Files.write(file, png);
        } catch (Exception | Error ignored) {
            // a browser gone too: the logs remain
        }
    }

    private static void scenario(
            PortalProcess a,
            PortalProcess b,
            LoadBalancer haproxy,
            BrowserSession pme,
            BrowserSession provider,
            String tag)
            throws Exception {
        pinTo(pme, haproxy, "a").signIn("paul.durand", PASSWORD);
        pinTo(provider, haproxy, "b").signIn("lea.bernard", PASSWORD);

        // --- Paul (node a) proposes a lower price for the second band, submits
        String contractId = contractId(a);
        pme.go("contracts/" + contractId + "?tab=volumes");
        pme.waitFor(d -> d.findElement(By.cssSelector(PROPOSE_LINK)), Duration.ofSeconds(30))
                .click();
        pme.waitForTextOf(NEW_REQUEST_DIALOG, ITEM_TITLE);
        pme.field(NEW_REQUEST_DIALOG, "Titre").sendKeys("Deuxième tranche sur deux nœuds " + tag);
        pme.field(NEW_REQUEST_DIALOG, "Raison").sendKeys("Nos volumes se stabilisent autour de 1 000.");
        pme.waitFor(d -> d.findElement(By.cssSelector(NEW_REQUEST_DIALOG + " vaadin-select-value-button")))
                .click();
        pme.waitFor(d -> d.findElement(By.xpath("//vaadin-select-item[normalize-space(.)='Coût']")))
                .click();
        pme.press(NEW_REQUEST_DIALOG, "Créer le brouillon");
        pme.waitFor(d -> pme.url().contains("/edit") ? true : null, Duration.ofSeconds(30));
        String requestPath = pme.url().replaceFirst("^.*/changes/", "changes/").replaceFirst("/edit.*$", "");
        String inForce = secondBandPrice(pme);
        String pmeOffer = minus(inForce, "0.05");
        String providerOffer = minus(inForce, "0.02");
        String finalOffer = minus(inForce, "0.04");
        pme.retype(pme.inputShowing(FOCUSED, inForce, "prix"), pmeOffer);
        pme.press("Enregistrer la révision");
        pme.waitFor(d -> pme.url().endsWith(requestPath) ? true : null, Duration.ofSeconds(30));
        pme.press("Soumettre");
        pme.waitForTextOf(NEXT_STEP, "En attente de l’approbation");

        // --- Léa (node b) opens it: each page names the other person, served by the other node
        provider.go(requestPath);
        provider.waitForTextOf(NEXT_STEP, "En attente de l’approbation");
        provider.waitFor(d -> shownPresence(provider).contains("Paul Durand") ? true : null);
        pme.waitFor(d -> shownPresence(pme).contains("Léa Bernard") ? true : null);

        // --- comments, both ways, seen live on the other node's page
        for (BrowserSession browser : List.of(pme, provider)) {
            browser.watchForMarkers();
            browser.recordClicks();
        }
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 2 * (WARM_UP + COMMENTS); i++) {
            boolean fromPme = i % 2 == 0;
            BrowserSession sender = fromPme ? pme : provider;
            BrowserSession reader = fromPme ? provider : pme;
            String marker = "C" + i + "-" + tag;
            double sent = comment(sender, "Point " + i + " sur la tranche " + marker);
            double seen = reader.waitForMarker(marker, Duration.ofSeconds(15));
            if (i >= 2 * WARM_UP) {
                delays.add(Math.round(seen - sent));
            }
            sender.waitUntilIdle();
            reader.waitUntilIdle();
        }

        // --- Léa counter-proposes on node b; Paul's open page on node a says it is his turn
        provider.press(".av-cr-actions", "Contre-proposer");
        provider.waitFor(d -> provider.url().contains("/edit") ? true : null, Duration.ofSeconds(30));
        provider.retype(provider.inputShowing(null, pmeOffer, "prix"), providerOffer);
        long counterSent = System.nanoTime();
        provider.press("Enregistrer la révision");
        pme.waitForTextOf(NEXT_STEP, "À vous : répondre à la contre-proposition de Léa Bernard");
        long counterSeen = (System.nanoTime() - counterSent) / 1_000_000;
        assertThat(pme.textOf(CHANGES_SECTION)).contains(providerOffer + " €");
        provider.waitFor(d -> provider.url().endsWith(requestPath) ? true : null, Duration.ofSeconds(30));

        // --- Paul starts answering on node a, the request open in a second tab, and node a dies before he
        // saves
        String editorTab = pme.driver().getWindowHandle();
        pme.go(requestPath + "/edit");
        pme.retype(pme.inputShowing(null, providerOffer, "prix"), finalOffer);
        awaitDraftKept(a, requestPath);
        pme.driver().switchTo().newWindow(WindowType.TAB);
        pme.go(requestPath);
        provider.waitFor(d -> shownPresence(provider).contains("Paul Durand") ? true : null);
        a.kill();
        long killedAt = System.nanoTime();
        // Léa's page stops naming him once node b has missed node a's heartbeats (4 of them, 2 s apart)
        provider.waitFor(d -> shownPresence(provider).contains("Paul Durand") ? null : true, Duration.ofSeconds(30));
        long presenceGone = (System.nanoTime() - killedAt) / 1_000_000;

        // --- Paul reloads his editor: HAProxy sends him to node b, he signs in again and finds it all
        pme.driver().close();
        pme.driver().switchTo().window(editorTab);
        pme.reload();
        pme.waitFor(d -> pme.url().contains("/login") ? true : null, Duration.ofSeconds(30));
        pme.signIn("paul.durand", PASSWORD);
        pme.go(requestPath + "/edit");
        pme.waitFor(d -> pme.anyInputShows(finalOffer) ? true : null, Duration.ofSeconds(30));
        pme.press("Enregistrer la révision");
        pme.waitFor(d -> pme.url().endsWith(requestPath) ? true : null, Duration.ofSeconds(30));
        int posted = 2 * (WARM_UP + COMMENTS);
        pme.waitForTextOf(DISCUSSION_SECTION, "C" + (posted - 1) + "-" + tag);
        assertThat(commentsOf(b, requestPath, tag))
                .as("every comment posted on either node")
                .isEqualTo(posted);
        // Léa, on node b all along, sees Paul's answer live
        provider.waitForTextOf(CHANGES_SECTION, finalOffer + " €");
        assertThat(shownPresence(provider)).as("Paul, now on node b").contains("Paul Durand");

        // --- the alerts job: every firing ran on one node only
        Map<Long, List<String>> runs = new TreeMap<>();
        alertRuns(a, "node-a", runs);
        alertRuns(b, "node-b", runs);
        long onA = runs.values().stream()
                .flatMap(List::stream)
                .filter("node-a"::equals)
                .count();
        long onB = runs.values().stream()
                .flatMap(List::stream)
                .filter("node-b"::equals)
                .count();

        System.out.printf(
                "== two nodes behind HAProxy, Redis between them (TwoNodesTest)%n"
                        + "  comment on one node seen on the other's open page: p50 %d ms, p95 %d ms, max %d ms (n=%d,"
                        + " both ways)%n"
                        + "  counter-proposal, from Léa's « Enregistrer la révision » on node b to Paul's page on node a saying it is his turn: %d ms%n"
                        + "  node a killed (SIGKILL): its viewer gone from node b's page after %d ms; Paul signed in"
                        + " again on node b: all %d comments of both and his unsaved counter-offer there%n"
                        + "  alerts job fired every 10 s on both nodes: %d runs in %d firings (node a %d, node b %d),"
                        + " never twice%n",
                percentile(delays, 50),
                percentile(delays, 95),
                delays.stream().mapToLong(Long::longValue).max().orElse(0),
                delays.size(),
                counterSeen,
                presenceGone,
                posted,
                onA + onB,
                runs.size(),
                onA,
                onB);
        assertThat(runs).isNotEmpty();
        assertThat(runs.values()).allSatisfy(ran -> assertThat(ran).hasSize(1));
        assertThat(percentile(delays, 95)).isLessThan(3000);
    }

    private static PortalProcess node(Path dir, String name, Path shared, String cluster) throws Exception {
        Path workDir = Files.createDirectories(dir.resolve("node-" + name));
        return PortalProcess.mariadb(workDir, DATABASE)
                .env("AVENANT_REDIS_URL", REDIS)
                .env("AVENANT_CLUSTER_NAME", cluster)
                .env("AVENANT_NODE_ID", "node-" + name)
                // what the nodes share besides the database: the audit chain's key, contract files, mail
                .env("AVENANT_DATA_DIR", shared.toString())
                .env(
                        "AVENANT_AUDIT_CHECKPOINT_FILE",
                        workDir.resolve("audit-checkpoints.log").toString())
                .env("AVENANT_ALERTS_ENABLED", "true")
                .env("AVENANT_ALERTS_CRON", "*/10 * * * * *")
                .env("AVENANT_ALERTS_LOCK_AT_LEAST_FOR", "PT5S");
    }

    /** The browser's next requests go to that node, as HAProxy's cookie says. */
    private static BrowserSession pinTo(BrowserSession browser, LoadBalancer haproxy, String node) {
        browser.driver().get(haproxy.url() + "/login");
        browser.driver().manage().deleteCookieNamed(LoadBalancer.COOKIE);
        browser.driver().manage().addCookie(new Cookie(LoadBalancer.COOKIE, node, "/"));
        return browser;
    }

    /**
     * The names the presence line shows, "" when it is hidden (a hidden element keeps its last text in the page, and
     * the browser's innerText of an element not shown is that text).
     */
    private static String shownPresence(BrowserSession browser) {
        Object text = ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const e = document.querySelector(arguments[0]);"
                                + " return e && e.getClientRects().length > 0 ? e.innerText : '';",
                        PRESENCE);
        return text == null ? "" : text.toString();
    }

    private static String contractId(PortalProcess node) throws Exception {
        try (Connection db = node.connect();
                PreparedStatement st = db.prepareStatement("select id from contract where reference = ?")) {
            st.setString(1, CONTRACT);
            try (ResultSet rs = st.executeQuery()) {
                assertThat(rs.next()).as("the demo contract " + CONTRACT).isTrue();
                return rs.getString(1);
            }
        }
    }

    /** The second band's price as the editor shows it, such as « 1,80 ». */
    private static String secondBandPrice(BrowserSession browser) {
        return browser.waitFor(
                d -> (String) ((JavascriptExecutor) d).executeScript("""
                                const scope = document.querySelector(arguments[0]);
                                if (!scope) return null;
                                const prices = [...scope.querySelectorAll('input')]
                                    .filter(i => i.getClientRects().length > 0 && /^\\d+,\\d{2,4}$/.test(i.value));
                                return prices.length > 1 ? prices[1].value : null;
                                """, FOCUSED), Duration.ofSeconds(30));
    }

    private static String minus(String french, String amount) {
        BigDecimal price = new BigDecimal(french.replace(',', '.')).subtract(new BigDecimal(amount));
        return price.setScale(2, RoundingMode.UNNECESSARY).toPlainString().replace('.', ',');
    }

    /** Posts a comment in the request's discussion; the click's time on the machine's clock. */
    private static double comment(BrowserSession browser, String text) {
        WebElement area = browser.waitFor(
                d -> d.findElement(By.cssSelector(".av-cr-comment-form vaadin-text-area textarea")),
                Duration.ofSeconds(10));
        browser.waitFor(d -> area.getDomProperty("value").isEmpty() ? true : null, Duration.ofSeconds(10));
        area.sendKeys(text);
        WebElement publish = browser.driver().findElement(By.xpath("//vaadin-button[normalize-space(.)='Publier']"));
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", publish);
        publish.click();
        return browser.lastClick();
    }

    private static int commentsOf(PortalProcess node, String requestPath, String tag) throws Exception {
        try (Connection db = node.connect();
                PreparedStatement st = db.prepareStatement(
                        "select count(*) from change_request_comment where change_request_id = ? and text like ?")) {
            st.setString(1, requestPath.substring("changes/".length()));
            st.setString(2, "%-" + tag);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Waits until the editor has written Paul's typing to the database (every 2 s while he types). */
    private static void awaitDraftKept(PortalProcess node, String requestPath) {
        String request = requestPath.substring("changes/".length());
        await("a draft of the unsaved counter-offer in the database")
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    try (Connection db = node.connect();
                            PreparedStatement st = db.prepareStatement(
                                    "select count(*) from proposal_draft where change_request_id = ?")) {
                        st.setString(1, request);
                        try (ResultSet rs = st.executeQuery()) {
                            return rs.next() && rs.getInt(1) > 0;
                        }
                    }
                });
    }

    private static final Pattern RUN = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2}T(\\d{2}):(\\d{2}):(\\d{2})\\.\\d+.*Notice deadline alerts: \\d+ sent");

    /** Each run of the alerts job in a node's log, by its 10-second firing. */
    private static void alertRuns(PortalProcess node, String name, Map<Long, List<String>> runs) throws Exception {
        for (String line : Files.readAllLines(node.log())) {
            Matcher run = RUN.matcher(line);
            if (run.find()) {
                long seconds = Long.parseLong(run.group(1)) * 3600
                        + Long.parseLong(run.group(2)) * 60
                        + Long.parseLong(run.group(3));
                runs.computeIfAbsent(seconds / 10, firing -> new ArrayList<>()).add(name);
            }
        }
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
