package app.avenant.performance;

import static app.avenant.performance.PerformanceFixtures.INVOICES;
import static app.avenant.performance.PerformanceFixtures.WITHIN_48H;
import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.avenant.contract.Contracts;
import app.avenant.contract.terms.Deadline;
import app.avenant.contract.terms.DeadlineUnit;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.WorkingCalendar;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.testing.TestAccounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A service level measured in French working days, end to end: the due date of each deliverable follows from its
 * request and the level's deadline, the level's monthly result from the deliverables delivered by then, and the
 * statement, the indicators (their charts) and the credit all use that result. The weeks of May 2026 are those
 * where calendar hours go wrong: 1 May and 8 May fall on Fridays, Ascension on Thursday 14 May.
 */
@SpringBootTest
class DeadlineMeasurementTest {

    private static final YearMonth MAY = YearMonth.of(2026, 5);

    @Autowired
    Statements statements;

    @Autowired
    Indicators indicators;

    @Autowired
    Contracts contracts;

    @Autowired
    Deliverables deliverables;

    @Autowired
    TestAccounts accounts;

    private PerformanceFixtures fixtures;
    private PerformanceContract contract;

    @BeforeEach
    void contractWhoseInvoicesAreDueWithinTwoWorkingDays() {
        fixtures = new PerformanceFixtures(accounts, contracts, deliverables);
        Terms example = PerformanceFixtures.workedExampleTerms();
        ServiceLevel within48h = example.serviceLevel(WITHIN_48H)
                .orElseThrow()
                .withDeadline(new Deadline(2, DeadlineUnit.WORKING_DAYS, WorkingCalendar.FRANCE, INVOICES));
        contract = fixtures.contract(example.withServiceLevel(within48h));
    }

    @Test
    void dueDatesSkipTheHolidaysOfMayAndTheLevelIsMeasuredFromTheDeliverables() {
        fixtures.record(
                contract,
                List.of(
                        // Thursday 30 April, 15:00: Friday 1 May and the weekend skipped, due Tuesday 5 May
                        ticket("MAI-1", at(4, 30, 15), at(5, 5, 17)),
                        // Thursday 7 May: Friday 8 May skipped, due Tuesday 12 May
                        ticket("MAI-8", at(5, 7, 11), at(5, 12, 10)),
                        // Wednesday 13 May: Ascension skipped, due Monday 18 May...
                        ticket("ASC-1", at(5, 13, 10), at(5, 18, 9)),
                        // ...so Tuesday 19 is late
                        ticket("ASC-2", at(5, 13, 10), at(5, 19, 9))));

        Map<String, DeliverableRow> rows = as(
                        contract.clientViewer(), () -> deliverables.list(contract.id(), DeliverableFilter.all(), 0, 10))
                .stream()
                .collect(Collectors.toMap(DeliverableRow::reference, Function.identity()));
        assertThat(rows.get("MAI-1").dueDate()).isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(rows.get("MAI-1").onTime()).isTrue();
        assertThat(rows.get("MAI-1").requestedAt()).isEqualTo(at(4, 30, 15));
        // kept to the microsecond: the end of the day does not turn into the next midnight on the way to the database
        assertThat(rows.get("MAI-1").dueAt()).isEqualTo(LocalDate.of(2026, 5, 5).atTime(Deadline.END_OF_DAY));
        assertThat(rows.get("MAI-1").deliveredAt()).isEqualTo(at(5, 5, 17));
        assertThat(rows.get("MAI-8").dueDate()).isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(rows.get("ASC-1").dueDate()).isEqualTo(LocalDate.of(2026, 5, 18));
        assertThat(rows.get("ASC-1").onTime()).isTrue();
        assertThat(rows.get("ASC-2").onTime()).isFalse();

        MonthlyStatement statement = as(contract.clientViewer(), () -> statements.statement(contract.id(), MAY));
        SlaResult level = level(statement.figures());
        assertThat(level.computed()).isTrue();
        assertThat(level.deliveredCounted()).isEqualTo(4);
        assertThat(level.onTimeCounted()).isEqualTo(3);
        assertThat(level.measuredPercent()).isEqualByComparingTo("75");
        // below its 90 % minimum: the critical level earns its 50 % of the at-risk amount
        assertThat(level.status()).isEqualTo(SlaStatus.MISSED);
        assertThat(statement.figures().credits())
                .isEqualByComparingTo(statement.figures().atRiskAmount().multiply(new BigDecimal("0.5")));
        assertThat(statement.figures().rates().onTime()).isEqualTo(3);

        // the indicators and their charts read the same month
        IndicatorReport report = as(contract.clientViewer(), () -> indicators.report(contract.id(), MAY, MAY));
        assertThat(level(report.months().getFirst()).measuredPercent()).isEqualByComparingTo("75");
    }

    @Test
    void aLevelMeasuredFromDeliverablesIsNotTypedAndAMonthWithoutAnyIsNotMeasured() {
        assertThatThrownBy(() -> as(
                        contract.providerManager(),
                        () -> statements.recordMeasurement(contract.id(), MAY, WITHIN_48H, new BigDecimal("99"))))
                .isInstanceOfSatisfying(
                        StatementRuleException.class,
                        e -> assertThat(e.code()).isEqualTo("performance.statement.error.measurement.byDeadline"));
        SlaResult level = level(as(contract.clientViewer(), () -> statements.statement(contract.id(), MAY))
                .figures());
        assertThat(level.measuredPercent()).isNull();
        assertThat(level.status()).isEqualTo(SlaStatus.NOT_MEASURED);
    }

    @Test
    void aDeliverableWithoutItsRequestTimeKeepsItsTypedDueDateAndARequestAfterItsDeliveryIsRefused() {
        DeliverableInput typed = new DeliverableInput(
                "TYPED",
                INVOICES,
                LocalDate.of(2026, 5, 4),
                LocalDate.of(2026, 5, 4),
                10,
                QualityOutcome.FIRST_PASS,
                null);
        fixtures.record(contract, List.of(typed));
        assertThat(as(contract.clientViewer(), () -> deliverables.list(contract.id(), DeliverableFilter.all(), 0, 5))
                        .getFirst()
                        .dueDate())
                .isEqualTo(LocalDate.of(2026, 5, 4));

        assertThatThrownBy(() -> fixtures.record(contract, List.of(ticket("BACKWARDS", at(5, 6, 10), at(5, 5, 10)))))
                .isInstanceOfSatisfying(
                        InvalidDeliverablesException.class,
                        e -> assertThat(e.violations())
                                .extracting(DeliverableViolation::code)
                                .containsExactly("performance.error.deliveredAt.beforeRequest"));
        assertThat(as(contract.clientViewer(), () -> deliverables.count(contract.id(), DeliverableFilter.all())))
                .isEqualTo(1);
    }

    @Test
    void aDueDateLeftBlankIsTheDeadlinesAndIsRequiredWhereNoDeadlineApplies() {
        // as a CSV line or an API call may send it: the request's time, no due date
        DeliverableInput blankDue =
                new DeliverableInput("BLANK", INVOICES, null, null, 10, null, null).withTimes(at(5, 13, 10), null);
        fixtures.record(contract, List.of(blankDue));
        assertThat(as(contract.clientViewer(), () -> deliverables.list(contract.id(), DeliverableFilter.all(), 0, 5))
                        .getFirst()
                        .dueDate())
                .isEqualTo(LocalDate.of(2026, 5, 18));

        DeliverableInput noDeadline = new DeliverableInput(
                        "PAYROLL", PerformanceFixtures.PAYROLL, null, null, 10, null, null)
                .withTimes(at(5, 13, 10), null);
        assertThatThrownBy(() -> fixtures.record(contract, List.of(noDeadline)))
                .isInstanceOfSatisfying(
                        InvalidDeliverablesException.class,
                        e -> assertThat(e.violations())
                                .extracting(DeliverableViolation::field, DeliverableViolation::code)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                                        "dueDate", "performance.error.dueDate.required")));
    }

    private static DeliverableInput ticket(String reference, LocalDateTime requested, LocalDateTime delivered) {
        // the due date typed (the request day) is replaced by the deadline's
        return new DeliverableInput(
                        reference,
                        INVOICES,
                        requested.toLocalDate(),
                        delivered.toLocalDate(),
                        100,
                        QualityOutcome.FIRST_PASS,
                        null)
                .withTimes(requested, delivered);
    }

    private static LocalDateTime at(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0);
    }

    private static SlaResult level(MonthFigures figures) {
        return figures.serviceLevels().stream()
                .filter(l -> l.key().equals(WITHIN_48H))
                .findFirst()
                .orElseThrow();
    }
}
