package app.avenant.notification;

import static app.avenant.performance.PerformanceFixtures.INVOICES;
import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.ContractStatus;
import app.avenant.contract.Contracts;
import app.avenant.contract.NoticeDue;
import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.Renewal;
import app.avenant.contract.terms.Terms;
import app.avenant.performance.Deliverables;
import app.avenant.performance.PerformanceFixtures;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.testing.TestAccounts;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 15, point 5: the home answers "what needs me?" across all the reader's contracts: deliverables overdue per
 * contract and notice deadlines of the next 90 days, beside the bell's "À faire"; nothing of others' contracts.
 */
@SpringBootTest
class WhatNeedsMeTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    Deliverables deliverables;

    @Autowired
    WhatNeedsMe whatNeedsMe;

    @Autowired
    app.avenant.contract.ContractLifecycle lifecycle;

    @Autowired
    Clock clock;

    /** The worked example, started ten months ago on twelve, one month's notice: the deadline is in about a month. */
    private PerformanceContract endingSoon(PerformanceFixtures fixtures) {
        Terms example = PerformanceFixtures.workedExampleTerms();
        LocalDate start = LocalDate.now(clock).minusMonths(10).withDayOfMonth(1);
        ContractHeader h = example.header();
        return fixtures.contract(example.withHeader(
                new ContractHeader(start, 12, Renewal.TACIT, 12, 1, h.atRiskPercent(), new BigDecimal("5000"))));
    }

    @Test
    void overdue_deliverables_per_contract_and_notice_deadlines_within_90_days_for_its_members_only() {
        var fixtures = new PerformanceFixtures(accounts, contracts, deliverables);
        PerformanceContract contract = endingSoon(fixtures);
        accounts.contractInternals().setStatus(contract.id(), ContractStatus.ACTIVE);
        LocalDate today = LocalDate.now(clock);
        fixtures.record(
                contract,
                List.of(
                        PerformanceFixtures.pending(INVOICES, today.minusDays(3), 10),
                        PerformanceFixtures.pending(INVOICES, today.minusDays(1), 10),
                        PerformanceFixtures.pending(INVOICES, today.plusDays(5), 10)));

        WhatNeedsMe.Answer answer = as(contract.clientOwner(), () -> whatNeedsMe.forMe());

        assertThat(answer.overdue()).singleElement().satisfies(o -> {
            assertThat(o.contractId()).isEqualTo(contract.id());
            assertThat(o.count()).isEqualTo(2);
        });
        LocalDate start = today.minusMonths(10).withDayOfMonth(1);
        assertThat(answer.notices())
                .extracting(NoticeDue::contractId, NoticeDue::deadline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        contract.id(), start.plusMonths(12).minusDays(1).minusMonths(1)));
        assertThat(answer.nothing()).isFalse();

        // the provider's manager is a member too; an outsider learns nothing of this contract
        assertThat(as(contract.providerManager(), () -> whatNeedsMe.forMe()).overdue())
                .hasSize(1);
        var outsider = accounts.newOrganisation(app.avenant.identity.OrganisationKind.CLIENT);
        WhatNeedsMe.Answer theirs = as(outsider.admin().username(), () -> whatNeedsMe.forMe());
        assertThat(theirs.overdue()).isEmpty();
        assertThat(theirs.notices()).isEmpty();
        assertThat(theirs.nothing()).isTrue();
    }

    @Test
    void a_pilot_ending_within_30_days_asks_its_members_for_a_decision() {
        var fixtures = new PerformanceFixtures(accounts, contracts, deliverables);
        PerformanceContract contract = fixtures.workedExample();
        LocalDate end = LocalDate.now(clock).plusDays(12);
        as(contract.clientOwner(), () -> lifecycle.startPilot(contract.id(), 500, end));

        assertThat(as(contract.clientOwner(), () -> whatNeedsMe.forMe()).pilots())
                .extracting(app.avenant.contract.PilotDue::contractId, app.avenant.contract.PilotDue::endDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(contract.id(), end));
        var outsider = accounts.newOrganisation(app.avenant.identity.OrganisationKind.CLIENT);
        assertThat(as(outsider.admin().username(), () -> whatNeedsMe.forMe()).pilots())
                .isEmpty();
    }
}
