package app.avenant.change;

import static app.avenant.change.ChangeFixtures.withBaseline;
import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.change.ChangeFixtures.TestContract;
import app.avenant.contract.Contracts;
import app.avenant.contract.VersionSummary;
import app.avenant.contract.internal.ContractsForModules;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.Terms;
import app.avenant.testing.OwnRequest;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two change requests on the same base, both approved by the client, then both provider approvals fired
 * at the same moment from two threads, again and again: versions never share a number, no delta is lost
 * (disjoint edits both land; conflicting ones land once and the other is blocked with its conflicts), and
 * lock trouble reaches the caller as {@code change.error.busy}, never as a raw exception.
 * 200 rounds on MariaDB (the database CI checks this on), 20 on H2 to keep the default run fast.
 */
@SpringBootTest
class ConcurrentAcceptanceTest {

    @Autowired
    ChangeRequests changes;

    @Autowired
    Contracts contracts;

    @Autowired
    ContractsForModules contractInternals;

    @Autowired
    ChangeFixtures fixtures;

    @Autowired
    DataSource dataSource;

    @Autowired
    TransactionTemplate transactions;

    enum Outcome {
        ACCEPTED,
        CONFLICTS,
        BUSY
    }

    @Test
    void two_acceptances_at_the_same_moment_never_build_on_the_same_version() throws Exception {
        int rounds = onMariaDb() ? 200 : 20;
        TestContract c = fixtures.contract(2);
        int bothAccepted = 0;
        int blockedWithConflicts = 0;
        int busyThenRetried = 0;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                boolean conflicting = round % 4 == 3;
                Terms base = current(c);
                int baseVersion = version(c);
                long first = 2000 + round;
                UUID a = proposeSubmitAndApproveByClient(c, withBaseline(base, "item-0", first));
                UUID b = proposeSubmitAndApproveByClient(
                        c,
                        conflicting ? withBaseline(base, "item-0", first + 5000) : withBaseline(base, "item-1", first));

                CountDownLatch start = new CountDownLatch(1);
                Future<Outcome> fa = pool.submit(() -> approveByProvider(c, a, start));
                Future<Outcome> fb = pool.submit(() -> approveByProvider(c, b, start));
                start.countDown();
                Outcome oa = fa.get(60, TimeUnit.SECONDS);
                Outcome ob = fb.get(60, TimeUnit.SECONDS);

                // a busy refusal is a "try again": the user retries, and nothing may be lost
                if (oa == Outcome.BUSY) {
                    busyThenRetried++;
                    oa = approveByProvider(c, a, new CountDownLatch(0));
                }
                if (ob == Outcome.BUSY) {
                    busyThenRetried++;
                    ob = approveByProvider(c, b, new CountDownLatch(0));
                }

                Terms now = current(c);
                if (conflicting) {
                    assertThat(List.of(oa, ob)).containsExactlyInAnyOrder(Outcome.ACCEPTED, Outcome.CONFLICTS);
                    assertThat(version(c)).isEqualTo(baseVersion + 1);
                    UUID winner = oa == Outcome.ACCEPTED ? a : b;
                    UUID loser = winner == a ? b : a;
                    assertThat(baseline(now, "item-0")).isEqualTo(winner == a ? first : first + 5000);
                    ChangeRequestDetail blocked = as(c.clientOwner().username(), () -> changes.detail(loser));
                    assertThat(blocked.status()).isEqualTo(ChangeRequestStatus.SUBMITTED);
                    assertThat(blocked.conflicts()).isNotEmpty();
                    as(c.clientEditor().username(), () -> changes.withdraw(loser));
                    blockedWithConflicts++;
                } else {
                    assertThat(List.of(oa, ob)).containsOnly(Outcome.ACCEPTED);
                    assertThat(version(c)).isEqualTo(baseVersion + 2);
                    assertThat(baseline(now, "item-0")).isEqualTo(first);
                    assertThat(baseline(now, "item-1")).isEqualTo(first);
                    bothAccepted++;
                }
            }
        } finally {
            pool.shutdownNow();
        }

        List<Integer> numbers =
                OwnRequest.of(() -> as(c.clientOwner().username(), () -> contracts.versions(c.id(), 0, 10_000)))
                        .stream()
                        .map(VersionSummary::number)
                        .toList();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(version(c));
        System.out.printf(
                "ConcurrentAcceptanceTest on %s: %d rounds, %d with both accepted (disjoint edits merged),"
                        + " %d with one blocked by conflicts, %d busy refusals retried, %d versions, no duplicate%n",
                onMariaDb() ? "MariaDB" : "H2",
                rounds,
                bothAccepted,
                blockedWithConflicts,
                busyThenRetried,
                numbers.size());
    }

    @Test
    void an_approval_that_cannot_get_the_contract_lock_in_time_is_refused_as_busy_and_changes_nothing()
            throws Exception {
        // H2 gives up waiting for a row lock after about a second; on MariaDB the lock query waits 3 s at most
        TestContract c = fixtures.contract(1);
        UUID id = proposeSubmitAndApproveByClient(c, withBaseline(current(c), "item-0", 4242));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        try {
            Future<?> holding = holder.submit(() -> transactions.executeWithoutResult(status -> {
                contractInternals.currentTermsForUpdate(c.id());
                locked.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> as(c.providerManager().username(), () -> changes.approve(id, 2)))
                    .isInstanceOfSatisfying(
                            ChangeRuleException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("change.error.busy"));
            release.countDown();
            holding.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            holder.shutdownNow();
        }
        assertThat(as(c.clientOwner().username(), () -> changes.detail(id)).approvals())
                .hasSize(1);
        as(c.providerManager().username(), () -> changes.approve(id, 2));
        assertThat(baseline(current(c), "item-0")).isEqualTo(4242);
    }

    private Outcome approveByProvider(TestContract c, UUID id, CountDownLatch start) throws InterruptedException {
        start.await();
        try {
            as(c.providerManager().username(), () -> changes.approve(id, 2));
            return Outcome.ACCEPTED;
        } catch (ChangeRuleException e) {
            return switch (e.messageKey()) {
                case "change.error.conflicts" -> Outcome.CONFLICTS;
                case "change.error.busy" -> Outcome.BUSY;
                default -> throw e;
            };
        }
    }

    private UUID proposeSubmitAndApproveByClient(TestContract c, Terms proposed) {
        String editor = c.clientEditor().username();
        UUID id = as(
                editor,
                () -> changes.propose(
                        c.id(), new NewChangeRequest("Demande concurrente", "Test", ObjectiveKind.TIME_SAVED)));
        // optimistic-lock tokens without a detail() each time: 0 once proposed, 1 once revised
        as(editor, () -> changes.revise(id, 0, proposed, ""));
        as(editor, () -> changes.submit(id, 1));
        as(c.clientOwner().username(), () -> changes.approve(id, 2));
        return id;
    }

    private Terms current(TestContract c) {
        return OwnRequest.of(() -> as(c.clientOwner().username(), () -> contracts.currentTerms(c.id())))
                .terms();
    }

    private int version(TestContract c) {
        return OwnRequest.of(() -> as(c.clientOwner().username(), () -> contracts.currentTerms(c.id())))
                .versionNumber();
    }

    private static long baseline(Terms terms, String key) {
        return terms.scopeItem(key).orElseThrow().volume().baselineMonthlyUnits();
    }

    private boolean onMariaDb() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL().startsWith("jdbc:mariadb");
        }
    }
}
