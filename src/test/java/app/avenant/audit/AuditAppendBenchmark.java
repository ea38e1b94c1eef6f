package app.avenant.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.audit.domain.AuditChain;
import app.avenant.audit.domain.AuditRecorder;
import app.avenant.audit.domain.NewAuditEntry;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Audited writes from 20 concurrent writers (sign-ins, contract views, actions: each appends one entry and
 * waits until it is committed). Not part of the normal run (tag "benchmark"):
 * <pre>
 * AVENANT_DB_URL=jdbc:mariadb://127.0.0.1:3306/avenant_bench?createDatabaseIfNotExist=true \
 *   ./mvnw -B -ntp test -Dtest=AuditAppendBenchmark -Dgroups=benchmark -Dtest.profiles=test,mariadb
 * </pre>
 * Target: at least 2 000 entries/s on MariaDB. Prints the throughput, each append's latency percentiles, the
 * number of transactions the appends took (group commit), and checks the chain verifies afterwards.
 */
@Tag("benchmark")
@SpringBootTest
class AuditAppendBenchmark {

    private static final int WRITERS = 20;
    private static final int WARM_UP = 50;
    private static final int PER_WRITER = 500;

    @Autowired
    AuditRecorder recorder;

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void twenty_concurrent_writers_append_to_the_audit_trail() throws Exception {
        run(WARM_UP);
        long before = lastSeq();
        long[][] latencies = new long[WRITERS][];
        long start = System.nanoTime();
        run(PER_WRITER, latencies);
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = WRITERS * PER_WRITER;

        assertThat(lastSeq() - before).isEqualTo(total);
        long[] all =
                Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(
                "AuditAppendBenchmark on %s: %d writers x %d entries: %,.0f entries/s (target >= 2 000/s on"
                        + " MariaDB); each append until committed: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                database(),
                WRITERS,
                PER_WRITER,
                total / seconds,
                ms(all[all.length / 2]),
                ms(all[(int) Math.ceil(all.length * 0.95) - 1]),
                ms(all[(int) Math.ceil(all.length * 0.99) - 1]),
                ms(all[all.length - 1]));
        long verifyStart = System.nanoTime();
        IntegrityReport report = chain.verify();
        System.out.printf(
                "AuditAppendBenchmark: chain of %,d entries verified %s in %.0f ms%n",
                lastSeq(), report.intact() ? "intact" : "BROKEN", ms(System.nanoTime() - verifyStart));
        assertThat(report.intact()).isTrue();
    }

    private void run(int perWriter) throws Exception {
        run(perWriter, new long[WRITERS][]);
    }

    private void run(int perWriter, long[][] latencies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    long[] mine = new long[perWriter];
                    go.await();
                    UUID contract = UUID.randomUUID();
                    for (int i = 0; i < perWriter; i++) {
                        long t = System.nanoTime();
                        recorder.now(new NewAuditEntry(
                                Instant.now(),
                                null,
                                "Banc d'essai " + writer,
                                null,
                                contract,
                                AuditAction.CONTRACT_VIEWED,
                                "lecture " + i));
                        mine[i] = System.nanoTime() - t;
                    }
                    latencies[writer] = mine;
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private long lastSeq() {
        Long last = jdbc.queryForObject("select max(seq) from audit_entry", Long.class);
        return last == null ? 0 : last;
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private String database() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
    }
}
