package app.avenant.performance;

import static app.avenant.performance.PerformanceFixtures.INVOICES;
import static app.avenant.performance.PerformanceFixtures.WITHIN_48H;
import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.change.ChangeRequestDetail;
import app.avenant.change.ChangeRequestStatus;
import app.avenant.change.ChangeRequests;
import app.avenant.contract.ContractFixtures;
import app.avenant.contract.Contracts;
import app.avenant.contract.terms.ContractHeader;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.SeasonalProfile;
import app.avenant.contract.terms.Terms;
import app.avenant.identity.OrganisationKind;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.testing.TestAccounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** The Indicateurs tab, the contact person's overview and the re-baselining prompt, on the worked example. */
@SpringBootTest
class IndicatorsTest {

    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Autowired
    Indicators indicators;

    @Autowired
    Rebaselining rebaselining;

    @Autowired
    Statements statements;

    @Autowired
    ChangeRequests changeRequests;

    @Autowired
    Contracts contracts;

    @Autowired
    Deliverables deliverables;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Clock clock;

    private PerformanceFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PerformanceFixtures(accounts, contracts, deliverables);
    }

    @Test
    void a_report_lists_each_month_of_the_range_and_totals_the_rates() {
        PerformanceContract contract = fixtures.workedExample();
        fixtures.deliver(contract, INVOICES, JANUARY.atDay(20), 300, QualityOutcome.FIRST_PASS, true);
        fixtures.deliver(contract, INVOICES, FEBRUARY.atDay(20), 300, QualityOutcome.AFTER_REWORK, false);
        fixtures.deliver(contract, INVOICES, MARCH.atDay(20), 300, QualityOutcome.REJECTED, true);
        fixtures.deliver(contract, INVOICES, MARCH.atDay(21), 200, QualityOutcome.FIRST_PASS, true);

        IndicatorReport report = as(contract.clientViewer(), () -> indicators.report(contract.id(), JANUARY, MARCH));

        assertThat(report.months()).extracting(MonthFigures::month).containsExactly(JANUARY, FEBRUARY, MARCH);
        assertThat(report.months()).extracting(m -> m.rates().delivered()).containsExactly(1L, 1L, 2L);
        assertThat(report.months().get(2).billableUnits()).isEqualTo(200); // the rejected one is not billed
        DeliveryRates totals = report.totals();
        assertThat(totals.delivered()).isEqualTo(4);
        assertThat(totals.onTime()).isEqualTo(3);
        assertThat(totals.firstPass()).isEqualTo(2);
        assertThat(totals.afterRework()).isEqualTo(1);
        assertThat(totals.rejected()).isEqualTo(1);
        assertThat(totals.onTimePercent()).isEqualByComparingTo("75.0");
        assertThat(totals.firstPassPercent()).isEqualByComparingTo("50.0");
    }

    @Test
    void an_empty_range_has_months_without_rates_and_a_range_before_the_start_has_no_month() {
        PerformanceContract contract = fixtures.workedExample();

        IndicatorReport empty = as(contract.clientOwner(), () -> indicators.report(contract.id(), MARCH, MARCH));
        assertThat(empty.months()).singleElement().satisfies(m -> {
            assertThat(m.rates().delivered()).isZero();
            assertThat(m.rates().onTimePercent()).isNull();
            assertThat(m.billableUnits()).isZero();
            assertThat(m.costPerUnit()).isNull();
        });
        assertThat(empty.totals().delivered()).isZero();
        assertThat(empty.totals().onTimePercent()).isNull();

        IndicatorReport before = as(
                contract.clientOwner(),
                () -> indicators.report(contract.id(), YearMonth.of(2025, 1), YearMonth.of(2025, 12)));
        assertThat(before.months()).isEmpty();
        assertThat(before.totals().delivered()).isZero();

        IndicatorReport straddling =
                as(contract.clientOwner(), () -> indicators.report(contract.id(), YearMonth.of(2025, 11), FEBRUARY));
        assertThat(straddling.months()).extracting(MonthFigures::month).containsExactly(JANUARY, FEBRUARY);
    }

    @Test
    void a_reversed_or_too_long_range_is_refused() {
        PerformanceContract contract = fixtures.workedExample();
        assertThatThrownBy(() -> as(contract.clientOwner(), () -> indicators.report(contract.id(), MARCH, JANUARY)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> as(
                        contract.clientOwner(),
                        () -> indicators.report(contract.id(), JANUARY, JANUARY.plusMonths(Indicators.MAX_MONTHS))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(as(
                                contract.clientOwner(),
                                () -> indicators.report(
                                        contract.id(), JANUARY, JANUARY.plusMonths(Indicators.MAX_MONTHS - 1)))
                        .months())
                .hasSize(Indicators.MAX_MONTHS);
    }

    @Test
    void credits_consume_the_penalty_cap_month_after_month_until_it_is_reached() {
        // no deliverable: payroll's 0 units earn the RRC (1 000 × 9 €), so each month charges 3 000,00 €;
        // at risk 12 % = 360,00 €; "48 h" missed takes its 50 % share: 180,00 € a month, the cap is 400 €
        Terms terms = PerformanceFixtures.workedExampleTerms();
        ContractHeader h = terms.header();
        PerformanceContract contract = fixtures.contract(terms.withHeader(new ContractHeader(
                h.startDate(),
                h.initialTermMonths(),
                h.renewal(),
                h.renewalTermMonths(),
                h.noticePeriodMonths(),
                h.atRiskPercent(),
                new BigDecimal("400"))));
        for (YearMonth month : List.of(JANUARY, FEBRUARY, MARCH)) {
            as(
                    contract.providerManager(),
                    () -> statements.recordMeasurement(contract.id(), month, WITHIN_48H, new BigDecimal("80")));
        }

        List<MonthFigures> months = as(
                        contract.clientOwner(), () -> indicators.report(contract.id(), JANUARY, YearMonth.of(2026, 4)))
                .months();

        assertThat(months.get(0).chargesBeforeCredits()).isEqualByComparingTo("3000.00");
        assertThat(months)
                .extracting(MonthFigures::creditsUncapped)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("180"), new BigDecimal("180"), new BigDecimal("180"), BigDecimal.ZERO);
        assertThat(months)
                .extracting(MonthFigures::credits)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("180"), new BigDecimal("180"), new BigDecimal("40"), BigDecimal.ZERO);
        PenaltyCap january = months.get(0).penaltyCap();
        assertThat(january.consumedBefore()).isEqualByComparingTo("0");
        assertThat(january.consumedToDate()).isEqualByComparingTo("180");
        assertThat(january.reached()).isFalse();
        PenaltyCap march = months.get(2).penaltyCap();
        assertThat(march.cap()).isEqualByComparingTo("400");
        assertThat(march.consumedBefore()).isEqualByComparingTo("360");
        assertThat(march.consumedToDate()).isEqualByComparingTo("400");
        assertThat(march.reached()).isTrue();
        assertThat(months.get(2).totalDue()).isEqualByComparingTo("2960.00");
        assertThat(months.get(3).penaltyCap().reached()).isTrue();

        // a one-month report still counts what earlier months consumed
        MonthFigures alone = as(contract.clientOwner(), () -> indicators.report(contract.id(), MARCH, MARCH))
                .months()
                .getFirst();
        assertThat(alone.credits()).isEqualByComparingTo("40");
        assertThat(as(contract.clientOwner(), () -> indicators.overview(contract.id()))
                        .penaltyCap()
                        .reached())
                .isTrue();

        // the home's penalty use lists running contracts only: a draft has no credits to watch
        assertThat(as(contract.clientOwner(), () -> indicators.penaltyUseOfMyContracts()))
                .noneMatch(use -> use.contractId().equals(contract.id()));
        accounts.contractInternals().setStatus(contract.id(), app.avenant.contract.ContractStatus.ACTIVE);
        PenaltyUse use = as(contract.provider().admin().username(), () -> indicators.penaltyUseOfMyContracts()).stream()
                .filter(u -> u.contractId().equals(contract.id()))
                .findFirst()
                .orElseThrow();
        // 180 + 180 + 40 (capped) + 0 up to this month: the whole 400 € cap
        assertThat(use.consumed()).isEqualByComparingTo("400");
        assertThat(use.cap()).isEqualByComparingTo("400");
        assertThat(use.percent()).isEqualByComparingTo("100.0");
        assertThat(use.nearlyReached()).isTrue();
    }

    @Test
    void three_months_above_the_flex_range_suggest_a_new_baseline_that_drafts_a_change_request() {
        PerformanceContract contract = fixtures.workedExample();
        YearMonth lastEnded = YearMonth.now(clock).minusMonths(1);
        SeasonalProfile profile = PerformanceFixtures.januaryHighAugustLow();
        List<YearMonth> run = List.of(lastEnded.minusMonths(2), lastEnded.minusMonths(1), lastEnded);
        // the month before the run is on its baseline: the run starts after it
        YearMonth before = lastEnded.minusMonths(3);
        fixtures.deliver(
                contract, INVOICES, before.atDay(10), seasonal(800, profile, before), QualityOutcome.FIRST_PASS, true);
        for (YearMonth month : run) {
            // 1 100 invoices a month once the seasonal profile is taken out: far above 800 + 20 %
            fixtures.deliver(
                    contract,
                    INVOICES,
                    month.atDay(10),
                    seasonal(1100, profile, month),
                    QualityOutcome.FIRST_PASS,
                    true);
        }

        List<RebaselineSuggestion> suggestions =
                as(contract.clientViewer(), () -> indicators.rebaselineSuggestions(contract.id()));
        RebaselineSuggestion invoices = suggestions.stream()
                .filter(s -> s.scopeItemKey().equals(INVOICES))
                .findFirst()
                .orElseThrow();
        assertThat(invoices.months()).containsExactlyElementsOf(run);
        assertThat(invoices.currentBaseline()).isEqualTo(800);
        assertThat(invoices.suggestedBaseline()).isEqualTo(1100);
        assertThat(as(contract.clientOwner(), () -> indicators.overview(contract.id()))
                        .rebaseline())
                .extracting(RebaselineSuggestion::scopeItemKey)
                .contains(INVOICES);

        assertThatThrownBy(
                        () -> as(contract.clientViewer(), () -> rebaselining.draftRebaseline(contract.id(), INVOICES)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> as(contract.clientOwner(), () -> rebaselining.draftRebaseline(contract.id(), "inconnu")))
                .isInstanceOfSatisfying(
                        StatementRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("performance.statement.error.rebaseline.none"));

        UUID draftId = as(contract.clientOwner(), () -> rebaselining.draftRebaseline(contract.id(), INVOICES));

        ChangeRequestDetail draft = as(contract.clientOwner(), () -> changeRequests.detail(draftId));
        assertThat(draft.status()).isEqualTo(ChangeRequestStatus.DRAFT);
        assertThat(draft.serves()).isEqualTo(ObjectiveKind.COST);
        assertThat(draft.title()).contains("Saisie des factures fournisseurs");
        assertThat(draft.reason()).contains("800").contains("1100");
        assertThat(draft.proposed().scopeItem(INVOICES).orElseThrow().volume().baselineMonthlyUnits())
                .isEqualTo(1100);
        assertThat(draft.base().scopeItem(INVOICES).orElseThrow().volume().baselineMonthlyUnits())
                .isEqualTo(800);
        assertThat(as(contract.clientOwner(), () -> indicators.overview(contract.id()))
                        .openChangeRequests())
                .isEqualTo(1);
    }

    @Test
    void months_inside_the_flex_range_suggest_nothing() {
        PerformanceContract contract = fixtures.workedExample();
        YearMonth lastEnded = YearMonth.now(clock).minusMonths(1);
        SeasonalProfile profile = PerformanceFixtures.januaryHighAugustLow();
        for (YearMonth month : List.of(lastEnded.minusMonths(2), lastEnded.minusMonths(1), lastEnded)) {
            fixtures.deliver(
                    contract,
                    INVOICES,
                    month.atDay(10),
                    seasonal(850, profile, month),
                    QualityOutcome.FIRST_PASS,
                    true);
        }
        assertThat(as(contract.clientOwner(), () -> indicators.rebaselineSuggestions(contract.id())))
                .extracting(RebaselineSuggestion::scopeItemKey)
                .doesNotContain(INVOICES);
    }

    @Test
    void the_overview_shows_this_month_s_levels_due_and_overdue_deliverables_and_open_change_requests() {
        PerformanceContract contract = fixtures.workedExample();
        LocalDate today = LocalDate.now(clock);
        YearMonth now = YearMonth.from(today);
        as(
                contract.providerManager(),
                () -> statements.recordMeasurement(contract.id(), now, WITHIN_48H, new BigDecimal("92")));
        List<DeliverableInput> pending = new java.util.ArrayList<>();
        for (int d = 6; d >= 0; d--) {
            pending.add(PerformanceFixtures.pending(INVOICES, today.plusDays(d), 10 + d));
        }
        pending.add(PerformanceFixtures.pending(INVOICES, today.minusDays(1), 5));
        pending.add(PerformanceFixtures.pending(INVOICES, today.minusDays(40), 5));
        fixtures.record(contract, pending);

        ContractOverview overview = as(contract.clientOwner(), () -> indicators.overview(contract.id()));

        assertThat(overview.month()).isEqualTo(now);
        assertThat(overview.serviceLevels())
                .filteredOn(l -> l.key().equals(WITHIN_48H))
                .singleElement()
                .satisfies(l -> assertThat(l.status()).isEqualTo(SlaStatus.AT_RISK));
        // the overdue ones first, most overdue first (listed where they are counted, issue 15), then the next five
        assertThat(overview.upcoming())
                .hasSize(7)
                .extracting(DeliverableRow::dueDate)
                .containsExactly(
                        today.minusDays(40),
                        today.minusDays(1),
                        today,
                        today.plusDays(1),
                        today.plusDays(2),
                        today.plusDays(3),
                        today.plusDays(4));
        DeliverableRow first = overview.upcoming().get(2);
        assertThat(first.scopeItemTitle()).isEqualTo("Saisie des factures fournisseurs");
        assertThat(first.units()).isEqualTo(10);
        assertThat(first.deliveredOn()).isNull();
        assertThat(first.onTime()).isNull();
        assertThat(first.source()).isEqualTo(DeliverableSource.FORM);
        assertThat(first.recordedAt())
                .isBetween(
                        java.time.Instant.now().minusSeconds(300),
                        java.time.Instant.now().plusSeconds(5));
        assertThat(overview.overdue()).isEqualTo(2);
        assertThat(overview.openChangeRequests()).isZero();
        assertThat(overview.penaltyCap().cap()).isEqualByComparingTo("5000");
    }

    @Test
    void a_contract_without_a_version_yet_has_no_month_to_report() {
        ContractFixtures.TestContract draft = new ContractFixtures(accounts, contracts).contract(1, 0);
        String owner = draft.client().admin().username();

        assertThat(as(owner, () -> indicators.report(draft.id(), JANUARY, MARCH))
                        .months())
                .isEmpty();
        assertThat(as(owner, () -> indicators.rebaselineSuggestions(draft.id())))
                .isEmpty();
        ContractOverview overview = as(owner, () -> indicators.overview(draft.id()));
        assertThat(overview.serviceLevels()).isEmpty();
        assertThat(overview.upcoming()).isEmpty();
        assertThat(overview.penaltyCap().reached()).isFalse();
        StatementsTest.assertRule(
                () -> as(owner, () -> statements.statement(draft.id(), JANUARY)),
                "performance.statement.error.month.outsideContract");
    }

    @Test
    void a_non_member_is_told_the_contract_does_not_exist_whatever_the_action() {
        PerformanceContract contract = fixtures.workedExample();
        String stranger =
                accounts.newOrganisation(OrganisationKind.CLIENT).admin().username();

        StatementsTest.assertNotFound(stranger, () -> indicators.report(contract.id(), JANUARY, MARCH));
        StatementsTest.assertNotFound(stranger, () -> indicators.report(contract.id(), MARCH, JANUARY));
        StatementsTest.assertNotFound(stranger, () -> indicators.overview(contract.id()));
        StatementsTest.assertNotFound(stranger, () -> indicators.rebaselineSuggestions(contract.id()));
        StatementsTest.assertNotFound(stranger, () -> rebaselining.draftRebaseline(contract.id(), INVOICES));
    }

    /** The month's units for a yearly-flat {@code units}: × the month's seasonal coefficient, whole units. */
    private static long seasonal(long units, SeasonalProfile profile, YearMonth month) {
        return BigDecimal.valueOf(units)
                .multiply(profile.coefficient(month.getMonth()))
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
