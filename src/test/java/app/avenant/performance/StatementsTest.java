package app.avenant.performance;

import static app.avenant.performance.PerformanceFixtures.ERRORS;
import static app.avenant.performance.PerformanceFixtures.INVOICES;
import static app.avenant.performance.PerformanceFixtures.PAYROLL;
import static app.avenant.performance.PerformanceFixtures.WITHIN_48H;
import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.Contracts;
import app.avenant.identity.OrganisationKind;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.testing.OwnRequest;
import app.avenant.testing.TestAccounts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The monthly statement on the product brief's worked example: priced to the cent by the version in force,
 * validated by both sides in either order, then locked until a traced new revision reopens it.
 */
@SpringBootTest
class StatementsTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);
    private static final YearMonth MAY = YearMonth.of(2026, 5);
    private static final YearMonth JUNE = YearMonth.of(2026, 6);

    @Autowired
    Statements statements;

    @Autowired
    Contracts contracts;

    @Autowired
    Deliverables deliverables;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Clock clock;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private PerformanceFixtures fixtures;
    private PerformanceContract contract;

    @BeforeEach
    void workedExample() {
        fixtures = new PerformanceFixtures(accounts, contracts, deliverables);
        contract = fixtures.workedExample();
    }

    @Test
    void the_worked_example_month_is_priced_to_the_cent() {
        // 800 invoices (the baseline), 1 180 resource units of payroll (brief's month 1), "48 h" missed at 85 %
        // (below its 90 % minimum)
        fixtures.deliverMany(contract, INVOICES, MARCH.atDay(10), 2, 400, QualityOutcome.FIRST_PASS, true);
        fixtures.deliver(contract, PAYROLL, MARCH.atDay(31), 1180, QualityOutcome.FIRST_PASS, true);
        measure(MARCH, WITHIN_48H, "85");
        measure(MARCH, ERRORS, "99.5");

        MonthlyStatement statement = as(contract.clientViewer(), () -> statements.statement(contract.id(), MARCH));

        MonthFigures f = statement.figures();
        assertThat(f.versionNumber()).isEqualTo(1);
        assertThat(charge(f, INVOICES)).isEqualByComparingTo("1540.00"); // 500 × 2,00 + 300 × 1,80
        assertThat(charge(f, PAYROLL)).isEqualByComparingTo("13980.00"); // 12 000 + 180 × 11
        assertThat(f.arc()).isEqualByComparingTo("1980.00");
        assertThat(f.rrc()).isEqualByComparingTo("0.00");
        assertThat(f.chargesBeforeCredits()).isEqualByComparingTo("15520.00");
        assertThat(f.atRiskAmount()).isEqualByComparingTo("1862.40"); // 12 %
        assertThat(f.credits()).isEqualByComparingTo("931.20"); // missed: 50 % of the at-risk amount
        assertThat(f.totalDue()).isEqualByComparingTo("14588.80");
        assertThat(f.billableUnits()).isEqualTo(1980);
        assertThat(f.rates().delivered()).isEqualTo(3);
        assertThat(level(f, WITHIN_48H).status()).isEqualTo(SlaStatus.MISSED);
        assertThat(level(f, ERRORS).status()).isEqualTo(SlaStatus.MET);
        assertThat(f.penaltyCap().consumedToDate()).isEqualByComparingTo("931.20");
        assertThat(statement.measurements()).containsOnlyKeys(WITHIN_48H, ERRORS);
        assertThat(statement.measurements().get(WITHIN_48H)).isEqualByComparingTo("85");
        assertThat(statement.monthEnded()).isTrue();
        assertThat(statement.status()).isEqualTo(StatementStatus.OPEN);
        assertThat(statement.revisions()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(1);
            assertThat(r.openedBy()).isNull();
            assertThat(r.lockedTotalDue()).isNull();
        });
    }

    @Test
    void a_version_adopted_after_the_months_were_shown_prices_them_at_the_next_click() {
        fixtures.deliver(contract, INVOICES, JUNE.atDay(15), 1100, QualityOutcome.FIRST_PASS, true);
        // each read is a click of its own: nothing is remembered in the request, only what this server keeps
        MonthFigures before =
                OwnRequest.of(() -> as(contract.clientOwner(), () -> statements.statement(contract.id(), JUNE))
                        .figures());
        fixtures.adopt(
                contract,
                PerformanceFixtures.amendedTerms(),
                LocalDateTime.of(2026, 6, 20, 10, 0)
                        .atZone(ZoneId.of("Europe/Paris"))
                        .toInstant());
        MonthFigures after =
                OwnRequest.of(() -> as(contract.clientOwner(), () -> statements.statement(contract.id(), JUNE))
                        .figures());

        assertThat(before.versionNumber()).isEqualTo(1);
        assertThat(charge(before, INVOICES)).isEqualByComparingTo("2060.00");
        assertThat(after.versionNumber()).isEqualTo(2);
        assertThat(charge(after, INVOICES)).isEqualByComparingTo("2070.00");
    }

    @Test
    void a_version_adopted_mid_year_prices_the_months_before_with_v1_and_from_its_month_with_v2() {
        // adopted on 20 June: June (in force on its last day) and later months are priced by version 2
        int v2 = fixtures.adopt(
                contract,
                PerformanceFixtures.amendedTerms(),
                LocalDateTime.of(2026, 6, 20, 10, 0)
                        .atZone(ZoneId.of("Europe/Paris"))
                        .toInstant());
        fixtures.deliver(contract, INVOICES, MAY.atDay(15), 1100, QualityOutcome.FIRST_PASS, true);
        fixtures.deliver(contract, INVOICES, JUNE.atDay(15), 1100, QualityOutcome.FIRST_PASS, true);

        MonthFigures may = as(contract.clientOwner(), () -> statements.statement(contract.id(), MAY))
                .figures();
        MonthFigures june = as(contract.clientOwner(), () -> statements.statement(contract.id(), JUNE))
                .figures();

        assertThat(v2).isEqualTo(2);
        assertThat(may.versionNumber()).isEqualTo(1);
        assertThat(charge(may, INVOICES)).isEqualByComparingTo("2060.00"); // ... + 100 × 1,60
        assertThat(june.versionNumber()).isEqualTo(2);
        assertThat(charge(june, INVOICES)).isEqualByComparingTo("2070.00"); // ... + 100 × 1,70
        assertThat(volume(june, INVOICES).monthBaseline()).isEqualTo(1040);
    }

    @Test
    void the_provider_then_the_client_validating_locks_the_month() {
        fixtures.deliver(contract, INVOICES, MARCH.atDay(5), 800, QualityOutcome.FIRST_PASS, true);

        as(contract.providerManager(), () -> statements.validate(contract.id(), MARCH, 1));
        assertThat(statusOf(MARCH)).isEqualTo(StatementStatus.VALIDATED_BY_PROVIDER);
        as(contract.clientOwner(), () -> statements.validate(contract.id(), MARCH, 1));

        MonthlyStatement locked = statementOf(MARCH);
        assertThat(locked.status()).isEqualTo(StatementStatus.LOCKED);
        StatementRevision current = locked.current();
        assertThat(current.number()).isEqualTo(1);
        assertThat(current.providerValidatedBy())
                .isEqualTo(contract.provider().admin().displayName());
        assertThat(current.clientValidatedBy())
                .isEqualTo(contract.client().admin().displayName());
        assertThat(current.providerValidatedAt()).isNotNull();
        assertThat(current.clientValidatedAt()).isNotNull();
        assertThat(current.lockedTotalDue())
                .isEqualByComparingTo(locked.figures().totalDue());
    }

    @Test
    void the_client_then_the_provider_validating_locks_the_month_and_refuses_later_data() {
        as(contract.clientOwner(), () -> statements.validate(contract.id(), APRIL, 1));
        assertThat(statusOf(APRIL)).isEqualTo(StatementStatus.VALIDATED_BY_CLIENT);
        as(contract.providerManager(), () -> statements.validate(contract.id(), APRIL, 1));
        assertThat(statusOf(APRIL)).isEqualTo(StatementStatus.LOCKED);

        assertRule(() -> measure(APRIL, WITHIN_48H, "97"), "performance.error.month.locked");
        assertThatThrownBy(
                        () -> fixtures.deliver(contract, INVOICES, APRIL.atDay(3), 10, QualityOutcome.FIRST_PASS, true))
                .isInstanceOfSatisfying(
                        InvalidDeliverablesException.class,
                        e -> assertThat(e.violations())
                                .extracting(DeliverableViolation::code)
                                .contains("performance.error.month.locked"));
        assertThat(statementOf(APRIL).figures().rates().delivered()).isZero();
        assertThat(statementOf(APRIL).measurements()).isEmpty();
        // other months stay open
        measure(MAY, WITHIN_48H, "97");
    }

    @Test
    void reopening_a_locked_month_opens_revision_2_that_both_sides_validate_again() {
        lock(MARCH);

        assertRule(
                () -> as(contract.clientOwner(), () -> statements.reopen(contract.id(), MARCH, "  ")),
                "performance.statement.error.reason.required");
        as(contract.clientOwner(), () -> statements.reopen(contract.id(), MARCH, "Factures oubliées le 31"));

        MonthlyStatement reopened = statementOf(MARCH);
        assertThat(reopened.status()).isEqualTo(StatementStatus.OPEN);
        assertThat(reopened.revisions()).extracting(StatementRevision::number).containsExactly(1, 2);
        StatementRevision second = reopened.current();
        assertThat(second.openedBy()).isEqualTo(contract.client().admin().displayName());
        assertThat(second.openedAt()).isNotNull();
        assertThat(second.reason()).isEqualTo("Factures oubliées le 31");
        assertThat(second.clientValidatedBy()).isNull();
        assertThat(reopened.revisions().getFirst().lockedTotalDue()).isNotNull();

        // unlocked: data can be corrected, and the corrected total is what revision 2 locks
        measure(MARCH, WITHIN_48H, "80");
        assertRule(
                () -> as(contract.providerManager(), () -> statements.validate(contract.id(), MARCH, 1)),
                "performance.statement.error.revision.stale");
        as(contract.providerManager(), () -> statements.validate(contract.id(), MARCH, 2));
        assertRule(
                () -> as(contract.providerManager(), () -> statements.validate(contract.id(), MARCH, 2)),
                "performance.statement.error.alreadyValidated");
        as(contract.clientOwner(), () -> statements.validate(contract.id(), MARCH, 2));
        MonthlyStatement relocked = statementOf(MARCH);
        assertThat(relocked.status()).isEqualTo(StatementStatus.LOCKED);
        assertThat(relocked.current().lockedTotalDue())
                .isEqualByComparingTo(relocked.figures().totalDue());
        assertThat(relocked.figures().credits()).isPositive();
    }

    @Test
    void both_sides_validating_at_the_same_moment_lock_the_month_once() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> provider = pool.submit(() -> {
                start.await();
                as(contract.providerManager(), () -> statements.validate(contract.id(), MARCH, 1));
                return null;
            });
            Future<?> client = pool.submit(() -> {
                start.await();
                as(contract.clientOwner(), () -> statements.validate(contract.id(), MARCH, 1));
                return null;
            });
            start.countDown();
            provider.get(30, TimeUnit.SECONDS);
            client.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        MonthlyStatement statement = statementOf(MARCH);
        assertThat(statement.status()).isEqualTo(StatementStatus.LOCKED);
        assertThat(statement.revisions()).singleElement().satisfies(r -> {
            assertThat(r.clientValidatedBy()).isNotNull();
            assertThat(r.providerValidatedBy()).isNotNull();
        });
    }

    @Test
    void only_a_locked_month_can_be_reopened() {
        assertRule(
                () -> as(contract.clientOwner(), () -> statements.reopen(contract.id(), MARCH, "Erreur")),
                "performance.statement.error.notLocked");
        as(contract.clientOwner(), () -> statements.validate(contract.id(), MARCH, 1));
        assertRule(
                () -> as(contract.providerManager(), () -> statements.reopen(contract.id(), MARCH, "Erreur")),
                "performance.statement.error.notLocked");
    }

    @Test
    void a_month_that_has_not_ended_cannot_be_validated() {
        YearMonth current = YearMonth.now(clock);
        assertThat(statementOf(current).monthEnded()).isFalse();
        assertRule(
                () -> as(contract.clientOwner(), () -> statements.validate(contract.id(), current, 1)),
                "performance.statement.error.month.notEnded");
    }

    @Test
    void viewers_neither_validate_nor_measure_and_editors_measure_but_do_not_validate() {
        assertThatThrownBy(() -> as(contract.clientViewer(), () -> statements.validate(contract.id(), MARCH, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        contract.clientViewer(),
                        () -> statements.recordMeasurement(contract.id(), MARCH, WITHIN_48H, new BigDecimal("96"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(contract.providerEditor(), () -> statements.validate(contract.id(), MARCH, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(contract.providerEditor(), () -> statements.reopen(contract.id(), MARCH, "x")))
                .isInstanceOf(AccessDeniedException.class);

        as(
                contract.providerEditor(),
                () -> statements.recordMeasurement(contract.id(), MARCH, WITHIN_48H, new BigDecimal("96")));
        assertThat(statementOf(MARCH).measurements().get(WITHIN_48H)).isEqualByComparingTo("96");
        assertThat(statementOf(MARCH).status()).isEqualTo(StatementStatus.OPEN);
    }

    @Test
    void a_measurement_is_replaced_and_must_be_a_percentage_of_a_level_of_the_month_s_version() {
        measure(MARCH, WITHIN_48H, "91");
        measure(MARCH, WITHIN_48H, "96.25");
        assertThat(statementOf(MARCH).measurements().get(WITHIN_48H)).isEqualByComparingTo("96.25");
        assertThat(level(statementOf(MARCH).figures(), WITHIN_48H).status()).isEqualTo(SlaStatus.MET);

        assertRule(() -> measure(MARCH, WITHIN_48H, "100.01"), "performance.statement.error.measurement.range");
        assertRule(() -> measure(MARCH, WITHIN_48H, "-1"), "performance.statement.error.measurement.range");
        assertRule(() -> measure(MARCH, "inconnu", "50"), "performance.statement.error.measurement.unknownLevel");
        assertRule(
                () -> measure(YearMonth.of(2025, 12), WITHIN_48H, "50"),
                "performance.statement.error.month.outsideContract");
        assertRule(
                () -> measure(YearMonth.now(clock).plusMonths(1), WITHIN_48H, "50"),
                "performance.statement.error.month.future");
        measure(MARCH, WITHIN_48H, "100");
        measure(MARCH, ERRORS, "0");
    }

    @Test
    void a_month_before_the_contract_start_has_no_statement() {
        assertRule(() -> statementOf(YearMonth.of(2025, 12)), "performance.statement.error.month.outsideContract");
    }

    @Test
    void a_non_member_is_told_the_contract_does_not_exist_whatever_the_action() {
        String stranger =
                accounts.newOrganisation(OrganisationKind.PROVIDER).admin().username();

        assertNotFound(stranger, () -> statements.statement(contract.id(), MARCH));
        assertNotFound(
                stranger, () -> statements.recordMeasurement(contract.id(), MARCH, WITHIN_48H, new BigDecimal("500")));
        assertNotFound(stranger, () -> statements.validate(contract.id(), MARCH, 1));
        assertNotFound(stranger, () -> statements.reopen(contract.id(), MARCH, "Erreur"));
        // each refusal is in the audit trail: the right is checked before the contract's lock is taken
        Long refused = jdbc.queryForObject(
                "select count(*) from audit_entry where action = 'CONTRACT_ACCESS_REFUSED'" + " and contract_id = ?",
                Long.class,
                contract.id());
        assertThat(refused).isEqualTo(4);
    }

    // --- helpers ---

    private void lock(YearMonth month) {
        as(
                contract.clientOwner(),
                () -> statements.validate(
                        contract.id(), month, statementOf(month).current().number()));
        as(
                contract.providerManager(),
                () -> statements.validate(
                        contract.id(), month, statementOf(month).current().number()));
        assertThat(statusOf(month)).isEqualTo(StatementStatus.LOCKED);
    }

    private void measure(YearMonth month, String level, String percent) {
        as(
                contract.providerManager(),
                () -> statements.recordMeasurement(contract.id(), month, level, new BigDecimal(percent)));
    }

    private MonthlyStatement statementOf(YearMonth month) {
        return as(contract.clientOwner(), () -> statements.statement(contract.id(), month));
    }

    private StatementStatus statusOf(YearMonth month) {
        return statementOf(month).status();
    }

    static BigDecimal charge(MonthFigures figures, String item) {
        return figures.charges().stream()
                .filter(c -> c.scopeItemKey().equals(item))
                .findFirst()
                .orElseThrow()
                .charge()
                .total();
    }

    static ItemVolume volume(MonthFigures figures, String item) {
        return figures.volumes().stream()
                .filter(v -> v.scopeItemKey().equals(item))
                .findFirst()
                .orElseThrow();
    }

    static SlaResult level(MonthFigures figures, String key) {
        return figures.serviceLevels().stream()
                .filter(l -> l.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    static void assertRule(ThrowingCallable call, String code) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        StatementRuleException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    static void assertNotFound(String username, Runnable call) {
        assertThatThrownBy(() -> as(username, call)).isInstanceOf(ContractNotFoundException.class);
    }
}
