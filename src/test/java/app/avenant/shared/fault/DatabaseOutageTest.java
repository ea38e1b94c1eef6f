package app.avenant.shared.fault;

import static app.avenant.testing.TestAccounts.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.avenant.contract.Contracts;
import app.avenant.identity.ApiTokens;
import app.avenant.performance.Deliverables;
import app.avenant.performance.PerformanceFixtures;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.portal.ui.MainLayout;
import app.avenant.portal.ui.ServiceUnavailableView;
import app.avenant.testing.TcpProxy;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database goes away and comes back, on MariaDB (CI's second pass): the portal's own context reaches
 * MariaDB through a {@link TcpProxy}, and stopping the proxy is the outage (new connections refused, open
 * ones cut). While it lasts, the API answers 503 problems with Retry-After within about Hikari's connection
 * timeout (not a redirect to the login page), readiness is DOWN and liveness UP, the login page and its
 * bootstrap are served, and a signed-in page shows the French "unavailable" message; once the proxy listens
 * again, the same API call succeeds and readiness is UP, with nothing restarted.
 *
 * <p>Its own context (another datasource URL), closed after the class so its pool does not linger.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIfSystemProperty(named = "spring.profiles.active", matches = "(.*,)?mariadb(,.*)?")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageTest extends UiTest {

    /** The "mariadb" profile's default, as in application-mariadb.properties; CI sets AVENANT_DB_URL. */
    private static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/avenant?createDatabaseIfNotExist=true";

    private static final Pattern MARIADB_URL = Pattern.compile("jdbc:mariadb://([^:/,]+)(?::(\\d+))?(/.*)?");
    /** Hikari's connection timeout (5 s) once or twice, with room for a slow CI machine; never the old 30 s. */
    private static final Duration FAULT_ANSWER_WITHIN = Duration.ofSeconds(15);

    private static final Duration RECOVERY_WITHIN = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static @Nullable TcpProxy proxy;
    private static @Nullable SecurityContextHolderStrategy strategyBefore;

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    Deliverables deliverables;

    @Autowired
    ApiTokens tokens;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @DynamicPropertySource
    static void reachMariaDbThroughTheProxy(DynamicPropertyRegistry registry) throws IOException {
        String configured = System.getenv().getOrDefault("AVENANT_DB_URL", DEFAULT_URL);
        Matcher url = MARIADB_URL.matcher(configured);
        assertThat(url.matches())
                .as("a MariaDB URL with one host: %s", configured)
                .isTrue();
        int mariaDbPort = url.group(2) == null ? 3306 : Integer.parseInt(url.group(2));
        proxy = new TcpProxy(url.group(1), mariaDbPort);
        String rest = url.group(3) == null ? "" : url.group(3);
        registry.add("spring.datasource.url", () -> "jdbc:mariadb://127.0.0.1:" + proxy().port() + rest);
    }

    /** See DeliverablesApiTest: this context's start replaced the JVM-wide strategy; put it back after. */
    @BeforeAll
    static void rememberTheSecurityContextStrategy() {
        strategyBefore = SecurityContextHolder.getContextHolderStrategy();
    }

    /** The proxy stays open: the context, closed after this, still talks to the database while shutting down. */
    @AfterAll
    static void reopenTheProxyAndRestoreTheStrategy() throws IOException {
        proxy().start();
        if (strategyBefore != null) {
            SecurityContextHolder.setContextHolderStrategy(strategyBefore);
        }
    }

    @Test
    void while_the_database_is_unreachable_every_answer_says_so_and_all_comes_back_by_itself() throws Exception {
        PerformanceContract contract = new PerformanceFixtures(accounts, contracts, deliverables).workedExample();
        String token = as(contract.providerManager(), () -> tokens.create("ERP du prestataire"))
                .plaintext();
        login(contract.providerManager());
        assertThat(eventually(() -> health("readiness"), response -> response.statusCode() == 200))
                .as("ready before the outage")
                .isNotNull();

        proxy().stop();
        try {
            long start = System.nanoTime();
            HttpResponse<String> refused = postBatch(contract.reference(), token);
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(refused.statusCode())
                    .as(refused.headers().map().toString())
                    .isEqualTo(503);
            assertThat(took).isLessThan(FAULT_ANSWER_WITHIN);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong))
                    .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 30L));
            JsonNode problem = JSON.readTree(refused.body());
            assertThat(problem.get("type").asString()).isEqualTo("tag:avenant.app,2026:problems/service-unavailable");
            assertThat(problem.get("status").asInt()).isEqualTo(503);

            // the calendar feed, read by calendar programs, answers the same
            HttpResponse<String> feed =
                    get("/api/calendar/" + "Cal3ndarFeedT0ken".repeat(3).substring(0, 43) + ".ics");
            assertThat(feed.statusCode()).isEqualTo(503);
            assertThat(feed.headers().firstValue("Retry-After")).isPresent();
            assertThat(feed.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

            HttpResponse<String> readiness = health("readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(readiness.body()).get("status").asString()).isEqualTo("DOWN");
            HttpResponse<String> liveness = health("liveness");
            assertThat(liveness.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(liveness.body()).get("status").asString()).isEqualTo("UP");

            // the login page and the request that builds it in the browser need no database (it stayed blank)
            HttpResponse<String> loginPage = get("/login");
            assertThat(loginPage.statusCode()).isEqualTo(200);
            long bootstrapStart = System.nanoTime();
            HttpResponse<String> bootstrap = get("/?v-r=init&location=login");
            assertThat(bootstrap.statusCode()).as(bootstrap.body()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - bootstrapStart)).isLessThan(Duration.ofSeconds(3));

            // a sign-in that cannot check the password is not told "wrong password"
            HttpResponse<String> signIn = signIn(contract.providerManager());
            assertThat(signIn.statusCode()).isEqualTo(302);
            assertThat(signIn.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login/unavailable"));

            // a signed-in user who opens a page: the message in French, not an error page or a blank one
            reloadPage();
            assertThat(_get(ServiceUnavailableView.class).getElement().getTextRecursively())
                    .contains("Le service est momentanément indisponible. Vos données enregistrées sont en sécurité")
                    .contains("Réessayer");
        } finally {
            proxy().start();
        }

        HttpResponse<String> stored =
                eventually(() -> postBatch(contract.reference(), token), response -> response.statusCode() == 201);
        assertThat(stored)
                .as("the same call succeeds once the database is back")
                .isNotNull();
        assertThat(eventually(() -> health("readiness"), response -> response.statusCode() == 200))
                .as("ready again")
                .isNotNull();
        reloadPage();
        assertThat(_get(MainLayout.class)).as("the page is back").isNotNull();
    }

    private HttpResponse<String> postBatch(String reference, String token) throws Exception {
        String batch = """
                {"deliverables": [{"reference": "F-OUTAGE-001", "scopeItem": "%s", "dueDate": "2026-10-05",
                  "deliveredOn": "2026-10-04", "units": 10, "quality": "FIRST_PASS"}]}
                """.formatted(PerformanceFixtures.INVOICES);
        return http.send(
                HttpRequest.newBuilder(URI.create(base(port) + "/api/v1/contracts/" + reference + "/deliverables"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(batch))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The login form's POST, with the CSRF token of the login page (a meta tag, as the browser reads it). */
    private HttpResponse<String> signIn(String username) throws Exception {
        HttpResponse<String> page = get("/login");
        Matcher csrf =
                Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).as("a CSRF token in the login page").isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        return http.send(
                HttpRequest.newBuilder(URI.create(base(port) + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> health(String group) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base(managementPort) + "/actuator/health/" + group))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base(port) + path))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The first response that passes, polling for {@link #RECOVERY_WITHIN}; null if none did. */
    private static @Nullable HttpResponse<String> eventually(Call call, Predicate<HttpResponse<String>> done)
            throws Exception {
        AtomicReference<HttpResponse<String>> passed = new AtomicReference<>();
        try {
            await().atMost(RECOVERY_WITHIN).pollInterval(Duration.ofMillis(250)).until(() -> {
                HttpResponse<String> response = call.run();
                boolean ok = done.test(response);
                if (ok) {
                    passed.set(response);
                }
                return ok;
            });
        } catch (ConditionTimeoutException e) {
            return null;
        }
        return passed.get();
    }

    private static String base(int port) {
        return "http://127.0.0.1:" + port;
    }

    private static TcpProxy proxy() {
        if (proxy == null) {
            throw new IllegalStateException("the proxy starts with the context");
        }
        return proxy;
    }

    @FunctionalInterface
    private interface Call {
        HttpResponse<String> run() throws Exception;
    }
}
