package app.avenant.performance.web;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.Contracts;
import app.avenant.identity.ApiTokens;
import app.avenant.performance.Deliverables;
import app.avenant.performance.PerformanceFixtures;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.testing.KeepsSecurityContextStrategy;
import app.avenant.testing.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A batch that waits too long for its contract's row lock (another transaction holds it, as a long
 * acceptance would) is told "busy, try again" with a 503 problem and Retry-After, not a 500; once the lock is
 * free the same call stores the batch. A real lock on the real database (H2, or MariaDB in CI's second pass),
 * over real HTTP; the same context as {@link DeliverablesApiTest}, so no second server is started.
 */
@ExtendWith(KeepsSecurityContextStrategy.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiLockTimeoutTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BATCH = """
            {"deliverables": [{"reference": "F-LOCK-001", "scopeItem": "%s", "dueDate": "2026-10-05",
              "deliveredOn": "2026-10-04", "units": 10, "quality": "FIRST_PASS"}]}
            """.formatted(PerformanceFixtures.INVOICES);

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    Deliverables deliverables;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_batch_that_waits_too_long_for_the_contracts_lock_is_told_busy_and_stored_when_sent_again() throws Exception {
        PerformanceContract contract = new PerformanceFixtures(accounts, contracts, deliverables).workedExample();
        String token = as(contract.providerManager(), () -> tokens.create("ERP du prestataire"))
                .plaintext();
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> busy = whileTheContractIsLocked(contract.reference(), () -> post(http, contract, token));

        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(busy.headers().firstValue("Retry-After").map(Long::parseLong))
                .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 10L));
        JsonNode problem = JSON.readTree(busy.body());
        assertThat(problem.get("type").asString()).isEqualTo("tag:avenant.app,2026:problems/busy");
        assertThat(problem.get("status").asInt()).isEqualTo(503);

        HttpResponse<String> again = post(http, contract, token);

        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
    }

    /** Runs {@code call} while another transaction holds the contract's row lock, then lets the lock go. */
    private HttpResponse<String> whileTheContractIsLocked(String reference, Call call) throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<@Nullable Throwable> holderFailed = new AtomicReference<>();
        Thread holder = Thread.ofPlatform().start(() -> {
            try {
                new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                    jdbc.queryForList("select id from contract where reference = ? for update", reference);
                    locked.countDown();
                    try {
                        release.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (RuntimeException e) {
                holderFailed.set(e);
                locked.countDown();
            }
        });
        try {
            assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(holderFailed.get()).isNull();
            return call.run();
        } finally {
            release.countDown();
            holder.join(Duration.ofSeconds(30));
        }
    }

    private HttpResponse<String> post(HttpClient http, PerformanceContract contract, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/contracts/" + contract.reference() + "/deliverables"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(BATCH))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @FunctionalInterface
    private interface Call {
        HttpResponse<String> run() throws Exception;
    }
}
