package app.avenant.performance;

import static app.avenant.performance.PerformanceFixtures.INVOICES;
import static app.avenant.performance.PerformanceFixtures.PAYROLL;
import static app.avenant.performance.PerformanceFixtures.WITHIN_48H;
import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.Contracts;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.testing.OwnRequest;
import app.avenant.testing.SqlStatementCounter;
import app.avenant.testing.TestAccounts;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Indicators and statements run a bounded number of SQL statements whatever the number of months or
 * deliverables: a 12-month report costs what a 1-month report costs, and a month of many deliverables what a
 * month of one costs (monthly totals are read, never the deliverables).
 */
@SpringBootTest
class PerformanceQueryBudgetTest {

    /**
     * Statements allowed per call (6 measured for a report: the caller and their membership, the adoptions,
     * the terms of version 1, the monthly totals, the measurements); far below any N+1.
     */
    private static final long BUDGET = 8;

    /** The overview also reads due deliverables, their locks, the overdue count and open change requests. */
    private static final long OVERVIEW_BUDGET = 16;

    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Autowired
    Indicators indicators;

    @Autowired
    Statements statements;

    @Autowired
    Contracts contracts;

    @Autowired
    Deliverables deliverables;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatementCounter counter;

    @Test
    void a_twelve_month_report_runs_as_many_statements_as_a_one_month_report() {
        PerformanceFixtures fixtures = new PerformanceFixtures(accounts, contracts, deliverables);
        PerformanceContract contract = fixtures.workedExample();
        for (int m = 1; m <= 10; m++) {
            YearMonth month = YearMonth.of(2026, m);
            fixtures.deliverMany(contract, INVOICES, month.atDay(5), 3, 100, QualityOutcome.FIRST_PASS, true);
            fixtures.deliver(contract, PAYROLL, month.atDay(6), 1000, QualityOutcome.AFTER_REWORK, false);
            as(
                    contract.providerManager(),
                    () -> statements.recordMeasurement(contract.id(), month, WITHIN_48H, new BigDecimal("93")));
        }
        String viewer = contract.clientViewer();

        // each one a click of its own, in its own request (what a request read once is remembered in it); the
        // caller is known to the server from the first one on
        as(viewer, () -> OwnRequest.of(() -> indicators.report(contract.id(), JANUARY, JANUARY)));
        long oneMonth = countAs(viewer, () -> indicators.report(contract.id(), JANUARY, JANUARY));
        long twelveMonths = countAs(viewer, () -> indicators.report(contract.id(), JANUARY, DECEMBER));
        long statement = countAs(viewer, () -> statements.statement(contract.id(), YearMonth.of(2026, 10)));
        long overview = countAs(viewer, () -> indicators.overview(contract.id()));
        long suggestions = countAs(viewer, () -> indicators.rebaselineSuggestions(contract.id()));
        System.out.printf(
                "query budget: report 1 month %d statements, 12 months %d; statement %d; overview %d; "
                        + "rebaseline %d%n",
                oneMonth, twelveMonths, statement, overview, suggestions);

        assertThat(twelveMonths).isEqualTo(oneMonth).isLessThanOrEqualTo(BUDGET);
        assertThat(statement).isLessThanOrEqualTo(BUDGET);
        assertThat(overview).isLessThanOrEqualTo(OVERVIEW_BUDGET);
        assertThat(suggestions).isLessThanOrEqualTo(BUDGET);
    }

    private long countAs(String username, Runnable click) {
        return as(username, () -> OwnRequest.of(() -> counter.count(click)));
    }
}
