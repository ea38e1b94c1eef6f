package app.avenant.change;

import static app.avenant.change.ChangeFixtures.withBaseline;
import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeFixtures.TestContract;
import app.avenant.contract.Contracts;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.Terms;
import app.avenant.testing.SqlStatementCounter;
import java.sql.Connection;
import java.util.Arrays;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * How long accepting a change request takes on a 500-item contract: the approval that completes both
 * sides (locks, adopts the next version, records it). Not part of the normal run (tag "benchmark"):
 * <pre>
 * ./mvnw -B -ntp test -Dtest=AcceptanceBenchmark -Dgroups=benchmark -Dtest.profiles=test,mariadb
 * </pre>
 * (with AVENANT_DB_URL pointing at a MariaDB database; without the mariadb profile it measures H2).
 * Target: p95 &lt; 50 ms on MariaDB with at most 15 statements. {@code -Dstatements} also prints the statements of one
 * more acceptance.
 */
@Tag("benchmark")
@SpringBootTest
class AcceptanceBenchmark {

    private static final int ITEMS = 500;
    private static final int WARM_UP = 20;
    private static final int RUNS = 200;

    @Autowired
    ChangeRequests changes;

    @Autowired
    Contracts contracts;

    @Autowired
    ChangeFixtures fixtures;

    @Autowired
    DataSource dataSource;

    @Autowired
    SqlStatementCounter statements;

    @Test
    void accepting_a_change_request_on_a_500_item_contract() throws Exception {
        TestContract c = fixtures.contract(ITEMS);
        long[] nanos = new long[RUNS];
        long sqlPerAcceptance = 0;
        for (int run = -WARM_UP; run < RUNS; run++) {
            Terms current = as(c.clientOwner().username(), () -> contracts.currentTerms(c.id()))
                    .terms();
            UUID id = ready(c, withBaseline(current, "item-" + Math.floorMod(run, ITEMS), 5000 + run + WARM_UP));
            long start = System.nanoTime();
            long sql = statements.count(() -> as(c.providerManager().username(), () -> changes.approve(id, 2)));
            long elapsed = System.nanoTime() - start;
            sqlPerAcceptance = sql;
            if (run >= 0) {
                nanos[run] = elapsed;
            }
        }
        assertThat(as(c.clientOwner().username(), () -> contracts.currentTerms(c.id()))
                        .versionNumber())
                .isEqualTo(1 + WARM_UP + RUNS);
        if (System.getProperty("statements") != null) {
            Terms current = as(c.clientOwner().username(), () -> contracts.currentTerms(c.id()))
                    .terms();
            UUID id = ready(c, withBaseline(current, "item-1", 1));
            statements
                    .record(() -> as(c.providerManager().username(), () -> changes.approve(id, 2)))
                    .forEach(sql -> System.out.println("  SQL " + sql));
        }
        Arrays.sort(nanos);
        System.out.printf(
                "AcceptanceBenchmark on %s: accepting a change request on a %d-item contract, %d runs:"
                        + " p50 %.1f ms, p95 %.1f ms, max %.1f ms (target p95 < 50 ms on MariaDB, at most 15 statements), %d SQL statements each%n",
                database(),
                ITEMS,
                RUNS,
                ms(nanos[RUNS / 2]),
                ms(nanos[(int) Math.ceil(RUNS * 0.95) - 1]),
                ms(nanos[RUNS - 1]),
                sqlPerAcceptance);
    }

    /** Proposed, revised, submitted and approved by the client: the provider's approval accepts it. */
    private UUID ready(TestContract c, Terms proposed) {
        String editor = c.clientEditor().username();
        UUID id = as(
                editor,
                () -> changes.propose(c.id(), new NewChangeRequest("Mesure", "Benchmark", ObjectiveKind.TIME_SAVED)));
        // optimistic-lock tokens without a detail() each time: 0 once proposed, 1 once revised
        as(editor, () -> changes.revise(id, 0, proposed, ""));
        as(editor, () -> changes.submit(id, 1));
        as(c.clientOwner().username(), () -> changes.approve(id, 2));
        return id;
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
