package app.avenant.performance;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.Contracts;
import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.Renewal;
import app.avenant.contract.terms.Terms;
import app.avenant.identity.ApiTokens;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.performance.domain.PeriodMonths;
import app.avenant.testing.SqlStatementCounter;
import app.avenant.testing.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The performance targets of docs/decisions/0006, on a contract with 1 000 000 deliverables over 3 years (36 months):
 * the Indicateurs tab's service call for one month and for twelve months (p50/p95, target p95 &lt; 300 ms for 12
 * months), and API ingestion throughput over HTTP in batches of 1 000 (target &ge; 10 000 deliverables/s, issue 13).
 * Not part of the normal run (tag "benchmark"); on MariaDB:
 * <pre>
 * AVENANT_DB_URL=jdbc:mariadb://127.0.0.1:3306/avenant_bench?createDatabaseIfNotExist=true \
 *   ./mvnw -B -ntp test -Dtest=PerformanceBenchmark -Dgroups=benchmark -Dtest.profiles=test,mariadb
 * </pre>
 * The million rows are seeded with plain JDBC batches (seeding is not what is measured), then the monthly
 * totals are computed once with the same {@code insert … select … group by} the service runs per month.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PerformanceBenchmark {

    /** The deliverables already on the contract; {@code -Dbenchmark.seeded=36000} for a quick look. */
    private static final int SEEDED = Integer.getInteger("benchmark.seeded", 1_000_000);

    private static final YearMonth FIRST_MONTH = YearMonth.of(2023, 12);
    private static final int MONTHS = 36;
    private static final int WARM_UP = 5;
    private static final int RUNS = 60;
    private static final int API_BATCHES = 30;
    private static final int BATCH = 1_000;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    Deliverables deliverables;

    @Autowired
    Indicators indicators;

    @Autowired
    ApiTokens apiTokens;

    @Autowired
    DataSource dataSource;

    @Autowired
    SqlStatementCounter statements;

    @LocalServerPort
    int port;

    @Test
    void indicators_and_ingestion_on_a_million_deliverables() throws Exception {
        PerformanceFixtures fixtures = new PerformanceFixtures(accounts, contracts, deliverables);
        PerformanceContract c = fixtures.contract(threeYearTerms(), Instant.parse("2023-11-15T10:00:00Z"));

        long seedStart = System.nanoTime();
        seed(c.id());
        long seeded = new JdbcTemplate(dataSource)
                .queryForObject("select count(*) from deliverable where contract_id = ?", Long.class, c.id());
        assertThat(seeded).isEqualTo(SEEDED);
        System.out.printf(
                "PerformanceBenchmark on %s: seeded %,d deliverables over %d months in %.1f s%n",
                database(), seeded, MONTHS, (System.nanoTime() - seedStart) / 1e9);

        YearMonth last = YearMonth.of(2026, 10);
        measureReport(c, last, last, "1 month");
        measureReport(c, last.minusMonths(11), last, "12 months");
        measureIngestion(c);
    }

    private void measureReport(PerformanceContract c, YearMonth from, YearMonth to, String label) throws Exception {
        long[] nanos = new long[RUNS];
        long sql = 0;
        IndicatorReport report = null;
        for (int run = -WARM_UP; run < RUNS; run++) {
            long start = System.nanoTime();
            IndicatorReport[] holder = new IndicatorReport[1];
            long count =
                    statements.count(() -> holder[0] = as(c.clientOwner(), () -> indicators.report(c.id(), from, to)));
            long elapsed = System.nanoTime() - start;
            report = holder[0];
            sql = count;
            if (run >= 0) {
                nanos[run] = elapsed;
            }
        }
        assertThat(report).isNotNull();
        assertThat(report.totals().delivered()).isGreaterThan(0);
        Arrays.sort(nanos);
        System.out.printf(
                "PerformanceBenchmark on %s: Indicateurs for %s (%,d deliverables delivered), %d runs:"
                        + " p50 %.1f ms, p95 %.1f ms, max %.1f ms (target p95 < 300 ms for 12 months), %d SQL statements each%n",
                database(),
                label,
                report.totals().delivered(),
                RUNS,
                ms(nanos[RUNS / 2]),
                ms(nanos[(int) Math.ceil(RUNS * 0.95) - 1]),
                ms(nanos[RUNS - 1]),
                sql);
    }

    private void measureIngestion(PerformanceContract c) throws Exception {
        String token = as(c.provider().admin().username(), () -> apiTokens.create("Benchmark"))
                .plaintext();
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://localhost:" + port + "/api/v1/contracts/" + c.reference() + "/deliverables");
        long[] nanos = new long[API_BATCHES];
        long total = 0;
        for (int batch = -2; batch < API_BATCHES; batch++) {
            String body = batchJson(batch + 2);
            HttpRequest request = batchRequest(uri, token, body);
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - start;
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            if (batch >= 0) {
                nanos[batch] = elapsed;
                total += elapsed;
            }
        }
        if (System.getProperty("statements") != null) {
            String body = batchJson(API_BATCHES + 2);
            statements
                    .record(() -> {
                        try {
                            http.send(batchRequest(uri, token, body), HttpResponse.BodyHandlers.ofString());
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .forEach(sql -> System.out.println("  SQL " + sql));
        }
        Arrays.sort(nanos);
        double perSecond = API_BATCHES * (double) BATCH / (total / 1e9);
        System.out.printf(
                "PerformanceBenchmark on %s: API ingestion, %d batches of %,d over HTTP on a contract of"
                        + " %,d deliverables: %,.0f deliverables/s (target >= 10 000/s), per batch p50 %.1f ms,"
                        + " p95 %.1f ms, max %.1f ms%n",
                database(),
                API_BATCHES,
                BATCH,
                SEEDED,
                perSecond,
                ms(nanos[API_BATCHES / 2]),
                ms(nanos[(int) Math.ceil(API_BATCHES * 0.95) - 1]),
                ms(nanos[API_BATCHES - 1]));
    }

    private static HttpRequest batchRequest(URI uri, String token, String body) {
        return HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** 1 000 deliverables delivered in November 2026 (the month being worked on), both items. */
    private static String batchJson(int batch) {
        StringBuilder json = new StringBuilder("{\"deliverables\":[");
        for (int i = 0; i < BATCH; i++) {
            int day = 1 + (i % 20);
            String date = LocalDate.of(2026, 11, day).toString();
            json.append(i == 0 ? "" : ",")
                    .append("{\"reference\":\"API-")
                    .append(batch)
                    .append('-')
                    .append(i)
                    .append('"')
                    .append(",\"scopeItem\":\"")
                    .append(i % 4 == 0 ? PerformanceFixtures.PAYROLL : PerformanceFixtures.INVOICES)
                    .append("\",\"dueDate\":\"")
                    .append(date)
                    .append('"')
                    .append(",\"deliveredOn\":\"")
                    .append(date)
                    .append('"')
                    .append(",\"units\":")
                    .append(1 + i % 40)
                    .append(",\"quality\":\"")
                    .append(i % 10 == 0 ? "AFTER_REWORK" : "FIRST_PASS")
                    .append("\"}");
        }
        return json.append("]}").toString();
    }

    /** The worked example, starting in December 2023 so that 36 months lie before today. */
    private static Terms threeYearTerms() {
        Terms terms = PerformanceFixtures.workedExampleTerms();
        ContractHeader h = terms.header();
        return terms.withHeader(new ContractHeader(
                LocalDate.of(2023, 12, 1),
                36,
                Renewal.TACIT,
                h.renewalTermMonths(),
                h.noticePeriodMonths(),
                h.atRiskPercent(),
                h.penaltyCapAmount()));
    }

    private void seed(UUID contractId) throws Exception {
        int perMonth = SEEDED / MONTHS;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                     insert into deliverable (id, contract_id, reference, scope_item_key, due_date, delivered_on,
                         period_month, delivered, on_time, units, quality, cost, source, recorded_by, recorded_at, version)
                     values (?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, null, 'API', 'benchmark', ?, 0)""")) {
            connection.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            int n = 0;
            for (int m = 0; m < MONTHS; m++) {
                YearMonth month = FIRST_MONTH.plusMonths(m);
                int rows = m == MONTHS - 1 ? SEEDED - perMonth * (MONTHS - 1) : perMonth;
                for (int i = 0; i < rows; i++) {
                    LocalDate delivered = month.atDay(1 + i % month.lengthOfMonth());
                    boolean onTime = i % 17 != 0;
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, contractId.toString());
                    insert.setString(3, "SEED-" + n);
                    insert.setString(4, i % 4 == 0 ? PerformanceFixtures.PAYROLL : PerformanceFixtures.INVOICES);
                    insert.setObject(5, onTime ? delivered : delivered.minusDays(2));
                    insert.setObject(6, delivered);
                    insert.setInt(7, PeriodMonths.of(month));
                    insert.setBoolean(8, onTime);
                    insert.setLong(9, 1 + i % 60);
                    insert.setString(10, i % 23 == 0 ? "AFTER_REWORK" : i % 97 == 0 ? "REJECTED" : "FIRST_PASS");
                    insert.setTimestamp(11, now);
                    insert.addBatch();
                    if (++n % 5_000 == 0) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            insert.executeBatch();
            connection.commit();
        }
        new JdbcTemplate(dataSource).update("""
                insert into deliverable_month_total (contract_id, period_month, scope_item_key, delivered, on_time,
                    first_pass, after_rework, rejected, billable_units, recorded_cost)
                select contract_id, period_month, scope_item_key, count(*),
                       sum(case when on_time then 1 else 0 end),
                       sum(case when quality = 'FIRST_PASS' then 1 else 0 end),
                       sum(case when quality = 'AFTER_REWORK' then 1 else 0 end),
                       sum(case when quality = 'REJECTED' then 1 else 0 end),
                       sum(case when quality = 'REJECTED' then 0 else units end),
                       coalesce(sum(case when quality = 'REJECTED' then 0 else cost end), 0)
                from deliverable where contract_id = ? and delivered = true
                group by contract_id, period_month, scope_item_key""", contractId.toString());
    }

    private String database() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
