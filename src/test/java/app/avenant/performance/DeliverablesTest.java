package app.avenant.performance;

import static app.avenant.performance.PerformanceFixtures.INVOICES;
import static app.avenant.performance.PerformanceFixtures.PAYROLL;
import static app.avenant.performance.PerformanceFixtures.delivered;
import static app.avenant.performance.PerformanceFixtures.newReference;
import static app.avenant.performance.PerformanceFixtures.pending;
import static app.avenant.performance.PerformanceFixtures.withCost;
import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.avenant.contract.ContractFixtures;
import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.Contracts;
import app.avenant.contract.terms.ScopeItem;
import app.avenant.contract.terms.Terms;
import app.avenant.identity.OrganisationKind;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.performance.domain.MonthTotals;
import app.avenant.testing.SqlStatementCounter;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Recording deliverables through the service behind the form, the CSV import and the API: rules, all or
 * nothing, idempotency, rights, locked months, and the monthly totals kept in step.
 */
@SpringBootTest
class DeliverablesTest {

    private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);
    private static final LocalDate MARCH_20 = LocalDate.of(2026, 3, 20);

    @Autowired
    Deliverables deliverables;

    @Autowired
    Contracts contracts;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SqlStatementCounter counter;

    @Autowired
    Clock clock;

    @Autowired
    MonthTotals monthTotals;

    private PerformanceFixtures fixtures;
    private PerformanceContract contract;

    @BeforeEach
    void workedExample() {
        fixtures = new PerformanceFixtures(accounts, contracts, deliverables);
        contract = fixtures.workedExample();
    }

    @Test
    void recorded_deliverables_are_listed_and_counted_in_their_month_totals() {
        IngestResult result = fixtures.record(
                contract,
                List.of(
                        withCost(
                                delivered(INVOICES, MARCH_10, 400, QualityOutcome.FIRST_PASS, true),
                                new BigDecimal("10.50")),
                        delivered(INVOICES, MARCH_10, 300, QualityOutcome.AFTER_REWORK, false),
                        withCost(delivered(INVOICES, MARCH_20, 50, QualityOutcome.REJECTED, true), new BigDecimal("5")),
                        delivered(PAYROLL, MARCH_20, 1000, QualityOutcome.FIRST_PASS, true),
                        pending(INVOICES, LocalDate.of(2026, 4, 15), 200)));

        assertThat(result).isEqualTo(new IngestResult(5, 0));
        assertThat(totals(202603))
                .containsOnly(
                        Map.entry(INVOICES, List.of(3L, 2L, 1L, 1L, 1L, 700L, new BigDecimal("10.50"))),
                        Map.entry(PAYROLL, List.of(1L, 1L, 1L, 0L, 0L, 1000L, new BigDecimal("0.00"))));
        assertThat(totals(202604)).as("pending deliverables are not totalled").isEmpty();

        List<DeliverableRow> rows =
                as(contract.clientViewer(), () -> deliverables.list(contract.id(), DeliverableFilter.all(), 0, 50));
        assertThat(rows).hasSize(5);
        DeliverableRow newest = rows.getFirst();
        assertThat(newest.dueDate()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(newest.deliveredOn()).isNull();
        assertThat(newest.onTime()).isNull();
        assertThat(newest.scopeItemTitle()).isEqualTo("Saisie des factures fournisseurs");
        assertThat(newest.recordedBy()).isEqualTo(contract.provider().admin().displayName());
        assertThat(newest.source()).isEqualTo(DeliverableSource.FORM);
        assertThat(newest.locked()).isFalse();
        assertThat(rows).extracting(DeliverableRow::dueDate).isSortedAccordingTo(Collections.reverseOrder());
        assertThat(rows)
                .filteredOn(r -> r.units() == 300)
                .singleElement()
                .satisfies(late -> assertThat(late.onTime()).isFalse());

        as(contract.clientViewer(), () -> {
            assertThat(deliverables.count(contract.id(), DeliverableFilter.all()))
                    .isEqualTo(5);
            assertThat(deliverables.count(contract.id(), new DeliverableFilter(YearMonth.of(2026, 3), null, false)))
                    .isEqualTo(4);
            assertThat(deliverables.count(contract.id(), new DeliverableFilter(YearMonth.of(2026, 4), null, false)))
                    .as("a pending deliverable counts in its due month")
                    .isEqualTo(1);
            assertThat(deliverables.count(contract.id(), new DeliverableFilter(null, null, true)))
                    .isEqualTo(1);
            assertThat(deliverables.count(contract.id(), new DeliverableFilter(null, PAYROLL, false)))
                    .isEqualTo(1);
            assertThat(deliverables.list(contract.id(), DeliverableFilter.all(), 1, 2))
                    .hasSize(2)
                    .containsExactlyElementsOf(rows.subList(1, 3));
        });
    }

    @Test
    void totals_added_batch_by_batch_equal_the_totals_recomputed_from_the_deliverables() {
        LocalDate april = LocalDate.of(2026, 4, 30);
        fixtures.record(
                contract,
                List.of(
                        withCost(
                                delivered(INVOICES, MARCH_10, 400, QualityOutcome.FIRST_PASS, true),
                                new BigDecimal("1.10")),
                        withCost(
                                delivered(INVOICES, MARCH_10, 30, QualityOutcome.REJECTED, false),
                                new BigDecimal("9.99")),
                        delivered(PAYROLL, april, 1010, QualityOutcome.AFTER_REWORK, false),
                        pending(INVOICES, april, 5)));
        fixtures.record(
                contract,
                List.of(
                        withCost(
                                delivered(INVOICES, MARCH_20, 12, QualityOutcome.AFTER_REWORK, true),
                                new BigDecimal("0.05")),
                        delivered(INVOICES, april, 7, QualityOutcome.FIRST_PASS, true),
                        delivered(PAYROLL, LocalDate.of(2026, 5, 4), 990, QualityOutcome.FIRST_PASS, true)));
        Map<String, List<Object>> added = allTotals(contract);

        monthTotals.recompute(contract.id(), List.of(202603, 202604, 202605));

        assertThat(allTotals(contract)).isEqualTo(added).hasSize(4);
        assertThat(added.get("202603 " + INVOICES))
                .isEqualTo(List.of(3L, 2L, 1L, 1L, 1L, 412L, new BigDecimal("1.15")));
    }

    @Test
    void every_broken_rule_of_every_line_is_reported_and_nothing_is_stored() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        DeliverableInput valid = delivered(INVOICES, MARCH_10, 10, QualityOutcome.FIRST_PASS, true);
        List<DeliverableInput> batch = List.of(
                valid,
                new DeliverableInput("", INVOICES, MARCH_10, MARCH_10, -5, QualityOutcome.FIRST_PASS, null),
                new DeliverableInput("x".repeat(81), INVOICES, MARCH_10, MARCH_10, 0, QualityOutcome.FIRST_PASS, null),
                new DeliverableInput("facture#12", "inconnu", MARCH_10, MARCH_10, 1, QualityOutcome.FIRST_PASS, null),
                new DeliverableInput(
                        valid.reference(), INVOICES, MARCH_20, MARCH_20, 1, QualityOutcome.FIRST_PASS, null),
                new DeliverableInput(newReference(), "", null, null, 1, null, null),
                new DeliverableInput(newReference(), INVOICES, tomorrow, tomorrow, 1, QualityOutcome.FIRST_PASS, null),
                new DeliverableInput(
                        newReference(),
                        INVOICES,
                        LocalDate.of(2025, 12, 10),
                        LocalDate.of(2025, 12, 15),
                        1,
                        QualityOutcome.FIRST_PASS,
                        null),
                new DeliverableInput(newReference(), INVOICES, MARCH_10, MARCH_10, 1, null, null),
                new DeliverableInput(newReference(), INVOICES, MARCH_10, null, 1, QualityOutcome.REJECTED, null),
                new DeliverableInput(
                        newReference(),
                        INVOICES,
                        MARCH_10,
                        MARCH_10,
                        1,
                        QualityOutcome.FIRST_PASS,
                        new BigDecimal("-1")),
                new DeliverableInput(
                        newReference(),
                        INVOICES,
                        MARCH_10,
                        MARCH_10,
                        1,
                        QualityOutcome.FIRST_PASS,
                        new BigDecimal("1.005")),
                new DeliverableInput(
                        newReference(), INVOICES, MARCH_10, MARCH_10, 10_000_001, QualityOutcome.FIRST_PASS, null));

        InvalidDeliverablesException refused = refusal(() -> fixtures.record(contract, batch));

        assertThat(refused.violations())
                .extracting(DeliverableViolation::index, DeliverableViolation::field, DeliverableViolation::code)
                .containsExactlyInAnyOrder(
                        tuple(1, "reference", "performance.error.reference.required"),
                        tuple(1, "units", "performance.error.units.negative"),
                        tuple(2, "reference", "performance.error.reference.tooLong"),
                        tuple(2, "units", "performance.error.units.min"),
                        tuple(3, "reference", "performance.error.reference.invalid"),
                        tuple(3, "scopeItem", "performance.error.scopeItem.unknown"),
                        tuple(4, "reference", "performance.error.reference.duplicate"),
                        tuple(5, "scopeItem", "performance.error.scopeItem.required"),
                        tuple(5, "dueDate", "performance.error.dueDate.required"),
                        tuple(6, "deliveredOn", "performance.error.deliveredOn.future"),
                        tuple(7, "dueDate", "performance.error.dueDate.beforeStart"),
                        tuple(7, "deliveredOn", "performance.error.deliveredOn.beforeStart"),
                        tuple(8, "quality", "performance.error.quality.required"),
                        tuple(9, "quality", "performance.error.quality.pending"),
                        tuple(10, "cost", "performance.error.cost.negative"),
                        tuple(11, "cost", "performance.error.cost.cents"),
                        tuple(12, "units", "performance.error.units.tooLarge"));
        assertThat(refused.violations())
                .filteredOn(v -> v.index() == 4)
                .singleElement()
                .extracting(DeliverableViolation::args)
                .isEqualTo(List.of("0"));
        assertThat(refused.violations())
                .filteredOn(v -> v.index() == 3 && v.field().equals("scopeItem"))
                .singleElement()
                .extracting(DeliverableViolation::args)
                .isEqualTo(List.of("inconnu", "03/2026"));
        assertThat(refused.violations())
                .filteredOn(v -> v.index() == 7 && v.field().equals("dueDate"))
                .singleElement()
                .extracting(DeliverableViolation::args)
                .isEqualTo(List.of("01/01/2026"));
        assertStoredNothing(contract);
    }

    @Test
    void an_empty_or_oversized_batch_is_refused_as_a_whole() {
        assertThat(refusal(() -> fixtures.record(contract, List.of())).violations())
                .extracting(DeliverableViolation::code)
                .containsExactly("performance.error.batch.empty");

        List<DeliverableInput> tooMany = new ArrayList<>();
        for (int i = 0; i <= Deliverables.MAX_IMPORT; i++) {
            tooMany.add(delivered(INVOICES, MARCH_10, 1, QualityOutcome.FIRST_PASS, true));
        }
        assertThat(refusal(() -> fixtures.record(contract, tooMany)).violations())
                .extracting(DeliverableViolation::code, DeliverableViolation::args)
                .containsExactly(tuple("performance.error.batch.tooLarge", List.of("10000", "10001")));
        assertThat(refusal(() -> accounts.deliverableInternals()
                                .recordAsApplication(
                                        contract.provider().organisation().id(),
                                        contract.reference(),
                                        tooMany.subList(0, Deliverables.MAX_BATCH + 1),
                                        "jeton test"))
                        .violations())
                .extracting(DeliverableViolation::code, DeliverableViolation::args)
                .containsExactly(tuple("performance.error.batch.tooLarge", List.of("1000", "1001")));
        assertStoredNothing(contract);
    }

    @Test
    void sending_the_same_deliverables_again_records_them_once() {
        List<DeliverableInput> batch = List.of(
                withCost(delivered(INVOICES, MARCH_10, 400, QualityOutcome.FIRST_PASS, true), new BigDecimal("12.5")),
                pending(PAYROLL, MARCH_20, 900));
        assertThat(fixtures.record(contract, batch)).isEqualTo(new IngestResult(2, 0));
        Map<String, List<Object>> before = totals(202603);

        List<DeliverableInput> again = List.of(
                withCost(batch.get(0), new BigDecimal("12.50")),
                batch.get(1),
                delivered(INVOICES, MARCH_20, 100, QualityOutcome.FIRST_PASS, true));
        assertThat(fixtures.record(contract, again)).isEqualTo(new IngestResult(1, 2));

        assertThat(count(contract)).isEqualTo(3);
        assertThat(before.get(INVOICES).get(5)).isEqualTo(400L);
        assertThat(totals(202603).get(INVOICES).get(5)).isEqualTo(500L);
    }

    @Test
    void the_same_reference_with_other_values_is_a_conflict_and_stores_nothing() {
        DeliverableInput first = delivered(INVOICES, MARCH_10, 400, QualityOutcome.FIRST_PASS, true);
        fixtures.record(contract, List.of(first));

        DeliverableInput changed = new DeliverableInput(
                first.reference(), INVOICES, MARCH_10, MARCH_10, 401, QualityOutcome.FIRST_PASS, null);
        InvalidDeliverablesException refused = refusal(() -> fixtures.record(
                contract, List.of(delivered(INVOICES, MARCH_20, 1, QualityOutcome.FIRST_PASS, true), changed)));

        assertThat(refused.violations())
                .extracting(DeliverableViolation::index, DeliverableViolation::field, DeliverableViolation::code)
                .containsExactly(tuple(1, "reference", "performance.error.reference.conflict"));
        assertThat(count(contract)).isEqualTo(1);
        assertThat(totals(202603).get(INVOICES).get(5)).isEqualTo(400L);
    }

    @Test
    void a_non_member_learns_nothing_about_the_contract() {
        TestOrganisation outsider = accounts.newOrganisation(OrganisationKind.PROVIDER);
        DeliverableInput input = delivered(INVOICES, MARCH_10, 1, QualityOutcome.FIRST_PASS, true);
        fixtures.record(contract, List.of(input));
        UUID stored = as(
                        contract.providerManager(),
                        () -> deliverables.list(contract.id(), DeliverableFilter.all(), 0, 1))
                .getFirst()
                .id();
        String user = outsider.admin().username();

        List<ThrowingCallable> calls = List.of(
                () -> as(user, () -> deliverables.record(contract.id(), List.of(input), DeliverableSource.FORM)),
                () -> as(user, () -> deliverables.list(contract.id(), DeliverableFilter.all(), 0, 10)),
                () -> as(user, () -> deliverables.count(contract.id(), DeliverableFilter.all())),
                () -> as(user, () -> deliverables.update(contract.id(), stored, input)),
                () -> as(user, () -> deliverables.delete(contract.id(), stored)),
                () -> as(
                        contract.providerManager(),
                        () -> deliverables.list(UUID.randomUUID(), DeliverableFilter.all(), 0, 10)));
        for (ThrowingCallable call : calls) {
            assertThatThrownBy(call).isInstanceOf(ContractNotFoundException.class);
        }
        assertThat(count(contract)).isEqualTo(1);
    }

    @Test
    void a_viewer_reads_deliverables_but_cannot_record_correct_or_remove_them() {
        DeliverableInput input = delivered(INVOICES, MARCH_10, 1, QualityOutcome.FIRST_PASS, true);
        fixtures.record(contract, List.of(input));
        String viewer = contract.clientViewer();
        UUID stored = as(viewer, () -> deliverables.list(contract.id(), DeliverableFilter.all(), 0, 1))
                .getFirst()
                .id();

        assertThatThrownBy(() -> as(
                        viewer,
                        () -> deliverables.record(
                                contract.id(),
                                List.of(delivered(INVOICES, MARCH_20, 1, QualityOutcome.FIRST_PASS, true)),
                                DeliverableSource.FORM)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(viewer, () -> deliverables.update(contract.id(), stored, input)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(viewer, () -> deliverables.delete(contract.id(), stored)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(as(
                        contract.providerEditor(),
                        () -> deliverables.record(
                                contract.id(),
                                List.of(delivered(PAYROLL, MARCH_20, 5, QualityOutcome.FIRST_PASS, true)),
                                DeliverableSource.CSV)))
                .as("a provider editor records")
                .isEqualTo(new IngestResult(1, 0));
        assertThat(count(contract)).isEqualTo(2);
    }

    @Test
    void the_api_records_for_a_party_organisation_only() {
        DeliverableInput input = delivered(INVOICES, MARCH_10, 12, QualityOutcome.FIRST_PASS, true);
        TestOrganisation other = accounts.newOrganisation(OrganisationKind.PROVIDER);

        assertThatThrownBy(() -> accounts.deliverableInternals()
                        .recordAsApplication(
                                other.organisation().id(), contract.reference(), List.of(input), "jeton autre"))
                .isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> accounts.deliverableInternals()
                        .recordAsApplication(
                                contract.provider().organisation().id(),
                                "INCONNU-" + UUID.randomUUID(),
                                List.of(input),
                                "jeton"))
                .isInstanceOf(ContractNotFoundException.class);
        assertStoredNothing(contract);

        // a signed-in user of the portal never uses the API's way in, not even the provider's manager
        assertThatThrownBy(() -> as(
                        contract.providerManager(),
                        () -> deliverables.recordForOrganisation(
                                contract.provider().organisation().id(),
                                contract.reference(),
                                List.of(input),
                                "jeton")))
                .isInstanceOf(AccessDeniedException.class);
        assertStoredNothing(contract);

        IngestResult result = accounts.deliverableInternals()
                .recordAsApplication(
                        contract.provider().organisation().id(),
                        contract.reference(),
                        List.of(input),
                        "Jeton « outil de production »");
        assertThat(result).isEqualTo(new IngestResult(1, 0));
        assertThat(accounts.deliverableInternals()
                        .recordAsApplication(
                                contract.provider().organisation().id(),
                                contract.reference(),
                                List.of(input),
                                "Jeton « outil de production »"))
                .isEqualTo(new IngestResult(0, 1));

        DeliverableRow row = as(
                        contract.clientOwner(), () -> deliverables.list(contract.id(), DeliverableFilter.all(), 0, 10))
                .getFirst();
        assertThat(row.source()).isEqualTo(DeliverableSource.API);
        assertThat(row.recordedBy()).isEqualTo("Jeton « outil de production »");
    }

    @Test
    void a_locked_month_refuses_new_corrected_and_removed_deliverables() {
        LocalDate february = LocalDate.of(2026, 2, 12);
        DeliverableInput inFebruary = delivered(INVOICES, february, 100, QualityOutcome.FIRST_PASS, true);
        DeliverableInput inMarch = delivered(INVOICES, MARCH_10, 100, QualityOutcome.FIRST_PASS, true);
        fixtures.record(contract, List.of(inFebruary, inMarch));
        Map<String, UUID> ids = idsByReference(contract);
        lock(contract, 202602);

        InvalidDeliverablesException refused = refusal(() ->
                fixtures.record(contract, List.of(delivered(PAYROLL, february, 5, QualityOutcome.FIRST_PASS, true))));
        assertThat(refused.violations())
                .extracting(DeliverableViolation::code, DeliverableViolation::args)
                .containsExactly(tuple("performance.error.month.locked", List.of("02/2026")));

        DeliverableInput februaryCorrected = new DeliverableInput(
                inFebruary.reference(), INVOICES, february, february, 99, QualityOutcome.FIRST_PASS, null);
        assertThat(refusal(() -> as(
                                contract.providerManager(),
                                () -> deliverables.update(
                                        contract.id(), ids.get(inFebruary.reference()), februaryCorrected)))
                        .violations())
                .extracting(DeliverableViolation::code)
                .containsExactly("performance.error.month.locked");
        DeliverableInput movedToMarch = new DeliverableInput(
                inFebruary.reference(), INVOICES, february, MARCH_10, 100, QualityOutcome.FIRST_PASS, null);
        assertThat(refusal(() -> as(
                                contract.providerManager(),
                                () -> deliverables.update(
                                        contract.id(), ids.get(inFebruary.reference()), movedToMarch)))
                        .violations())
                .as("leaving a locked month is refused too")
                .extracting(DeliverableViolation::code)
                .containsExactly("performance.error.month.locked");
        DeliverableInput movedToFebruary = new DeliverableInput(
                inMarch.reference(), INVOICES, february, february, 100, QualityOutcome.FIRST_PASS, null);
        assertThat(refusal(() -> as(
                                contract.providerManager(),
                                () -> deliverables.update(
                                        contract.id(), ids.get(inMarch.reference()), movedToFebruary)))
                        .violations())
                .extracting(DeliverableViolation::code)
                .containsExactly("performance.error.month.locked");
        assertThat(refusal(() -> as(
                                contract.providerManager(),
                                () -> deliverables.delete(contract.id(), ids.get(inFebruary.reference()))))
                        .violations())
                .extracting(DeliverableViolation::code)
                .containsExactly("performance.error.month.locked");

        assertThat(fixtures.record(contract, List.of(inFebruary)))
                .as("sending a locked month's deliverable again changes nothing and is not an error")
                .isEqualTo(new IngestResult(0, 1));
        assertThat(count(contract)).isEqualTo(2);
        assertThat(as(contract.clientViewer(), () -> deliverables.list(contract.id(), DeliverableFilter.all(), 0, 10)))
                .extracting(DeliverableRow::reference, DeliverableRow::locked)
                .containsExactly(tuple(inMarch.reference(), false), tuple(inFebruary.reference(), true));
    }

    @Test
    void correcting_a_deliverable_recomputes_the_totals_of_both_months() {
        DeliverableInput pendingOne = pending(INVOICES, MARCH_20, 100);
        DeliverableInput march = delivered(INVOICES, MARCH_10, 300, QualityOutcome.FIRST_PASS, true);
        fixtures.record(contract, List.of(pendingOne, march));
        Map<String, UUID> ids = idsByReference(contract);

        LocalDate april2 = LocalDate.of(2026, 4, 2);
        as(
                contract.providerEditor(),
                () -> deliverables.update(
                        contract.id(),
                        ids.get(pendingOne.reference()),
                        new DeliverableInput(
                                pendingOne.reference(),
                                INVOICES,
                                MARCH_20,
                                april2,
                                120,
                                QualityOutcome.AFTER_REWORK,
                                new BigDecimal("7.25"))));
        assertThat(totals(202603))
                .containsOnly(Map.entry(INVOICES, List.of(1L, 1L, 1L, 0L, 0L, 300L, new BigDecimal("0.00"))));
        assertThat(totals(202604))
                .containsOnly(Map.entry(INVOICES, List.of(1L, 0L, 0L, 1L, 0L, 120L, new BigDecimal("7.25"))));

        as(
                contract.providerEditor(),
                () -> deliverables.update(
                        contract.id(),
                        ids.get(march.reference()),
                        new DeliverableInput(
                                march.reference(),
                                PAYROLL,
                                LocalDate.of(2026, 4, 1),
                                april2,
                                1000,
                                QualityOutcome.REJECTED,
                                null)));
        assertThat(totals(202603)).isEmpty();
        assertThat(totals(202604))
                .containsOnly(
                        Map.entry(INVOICES, List.of(1L, 0L, 0L, 1L, 0L, 120L, new BigDecimal("7.25"))),
                        Map.entry(PAYROLL, List.of(1L, 0L, 0L, 0L, 1L, 0L, new BigDecimal("0.00"))));

        DeliverableRow corrected = as(
                        contract.clientViewer(),
                        () -> deliverables.list(
                                contract.id(), new DeliverableFilter(YearMonth.of(2026, 4), PAYROLL, false), 0, 10))
                .getFirst();
        assertThat(corrected.recordedBy())
                .isEqualTo(contract.provider().member().displayName());
        assertThat(corrected.onTime()).isFalse();

        assertThat(refusal(() -> as(
                                contract.providerEditor(),
                                () -> deliverables.update(
                                        contract.id(),
                                        ids.get(march.reference()),
                                        new DeliverableInput(
                                                "AUTRE-REF",
                                                PAYROLL,
                                                april2,
                                                april2,
                                                1,
                                                QualityOutcome.FIRST_PASS,
                                                null))))
                        .violations())
                .extracting(DeliverableViolation::code)
                .containsExactly("performance.error.reference.immutable");
        assertThat(refusal(() -> as(
                                contract.providerEditor(),
                                () -> deliverables.update(contract.id(), UUID.randomUUID(), march)))
                        .violations())
                .extracting(DeliverableViolation::code)
                .containsExactly("performance.error.deliverable.unknown");
    }

    @Test
    void removing_a_deliverable_recomputes_its_month() {
        DeliverableInput kept = delivered(INVOICES, MARCH_10, 300, QualityOutcome.FIRST_PASS, true);
        DeliverableInput removed = delivered(INVOICES, MARCH_20, 200, QualityOutcome.FIRST_PASS, false);
        DeliverableInput onlyPayroll = delivered(PAYROLL, MARCH_20, 50, QualityOutcome.FIRST_PASS, true);
        fixtures.record(contract, List.of(kept, removed, onlyPayroll));
        Map<String, UUID> ids = idsByReference(contract);

        as(contract.clientOwner(), () -> deliverables.delete(contract.id(), ids.get(removed.reference())));
        as(contract.clientOwner(), () -> deliverables.delete(contract.id(), ids.get(onlyPayroll.reference())));

        assertThat(totals(202603))
                .containsOnly(Map.entry(INVOICES, List.of(1L, 1L, 1L, 0L, 0L, 300L, new BigDecimal("0.00"))));
        assertThat(count(contract)).isEqualTo(1);
    }

    @Test
    void a_contract_without_any_version_takes_no_deliverable() {
        ContractFixtures.TestContract draft = new ContractFixtures(accounts, contracts).contract(1, 0);

        InvalidDeliverablesException refused = refusal(() -> as(
                draft.provider().admin().username(),
                () -> deliverables.record(
                        draft.id(),
                        List.of(delivered("item-0", MARCH_10, 1, QualityOutcome.FIRST_PASS, true)),
                        DeliverableSource.FORM)));

        assertThat(refused.violations())
                .extracting(DeliverableViolation::code)
                .containsExactly("performance.error.contract.noTerms");
    }

    @Test
    void the_version_pricing_a_month_decides_which_scope_items_exist_that_month() {
        PerformanceContract amended =
                fixtures.contract(PerformanceFixtures.workedExampleTerms(), Instant.parse("2025-12-15T10:00:00Z"));
        Terms v2 = PerformanceFixtures.workedExampleTerms()
                .withoutScopeItem(PAYROLL)
                .withScopeItem(new ScopeItem("relances", "Relances clients", "", "", "", "", false, null));
        fixtures.adopt(amended, v2, Instant.parse("2026-06-15T10:00:00Z"));

        LocalDate may = LocalDate.of(2026, 5, 20);
        LocalDate june = LocalDate.of(2026, 6, 3);
        InvalidDeliverablesException refused = refusal(() -> fixtures.record(
                amended,
                List.of(
                        delivered("relances", may, 1, QualityOutcome.FIRST_PASS, true),
                        delivered(PAYROLL, may, 1, QualityOutcome.FIRST_PASS, true),
                        delivered("relances", june, 1, QualityOutcome.FIRST_PASS, true),
                        delivered(PAYROLL, june, 1, QualityOutcome.FIRST_PASS, true))));

        assertThat(refused.violations())
                .extracting(DeliverableViolation::index, DeliverableViolation::code, DeliverableViolation::args)
                .containsExactly(
                        tuple(0, "performance.error.scopeItem.unknown", List.of("relances", "05/2026")),
                        tuple(3, "performance.error.scopeItem.unknown", List.of(PAYROLL, "06/2026")));
        assertThat(fixtures.record(
                        amended,
                        List.of(
                                delivered(PAYROLL, may, 1, QualityOutcome.FIRST_PASS, true),
                                delivered("relances", june, 1, QualityOutcome.FIRST_PASS, true))))
                .isEqualTo(new IngestResult(2, 0));
        assertThat(as(amended.clientViewer(), () -> deliverables.list(amended.id(), DeliverableFilter.all(), 0, 10)))
                .as("titles come from the current terms, else the key")
                .extracting(DeliverableRow::scopeItemTitle)
                .containsExactly("Relances clients", PAYROLL);
    }

    @Test
    void a_page_of_the_list_runs_the_same_few_statements_whatever_its_size() {
        PerformanceContract large = fixtures.workedExample();
        List<DeliverableInput> many = new ArrayList<>();
        for (int day = 1; day <= 28; day++) {
            for (int month = 1; month <= 10; month++) {
                many.add(delivered(
                        month % 2 == 0 ? INVOICES : PAYROLL,
                        LocalDate.of(2026, month, day),
                        day,
                        QualityOutcome.FIRST_PASS,
                        day % 3 != 0));
            }
        }
        fixtures.record(large, many);
        fixtures.deliver(contract, INVOICES, MARCH_10, 3, QualityOutcome.FIRST_PASS, true);

        long small = listStatements(contract, 50);
        long big = listStatements(large, 280);
        System.out.printf("query budget: deliverables count + page, 1 row %d statements, 280 rows %d%n", small, big);
        assertThat(big).isEqualTo(small).isLessThanOrEqualTo(8);
    }

    // --- helpers ---

    private long listStatements(PerformanceContract c, int pageSize) {
        return as(
                c.clientViewer(),
                () -> counter.count(() -> {
                    deliverables.count(c.id(), DeliverableFilter.all());
                    assertThat(deliverables.list(c.id(), DeliverableFilter.all(), 0, pageSize))
                            .isNotEmpty();
                }));
    }

    private static InvalidDeliverablesException refusal(ThrowingCallable call) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvalidDeliverablesException.class);
        return (InvalidDeliverablesException) thrown;
    }

    private void assertStoredNothing(PerformanceContract c) {
        assertThat(count(c)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from deliverable_month_total where contract_id = ?",
                        Long.class,
                        c.id().toString()))
                .isZero();
    }

    private long count(PerformanceContract c) {
        Long n = jdbc.queryForObject(
                "select count(*) from deliverable where contract_id = ?", Long.class, c.id().toString());
        return n == null ? 0 : n;
    }

    private Map<String, UUID> idsByReference(PerformanceContract c) {
        Map<String, UUID> ids = new java.util.HashMap<>();
        jdbc.query(
                "select id, reference from deliverable where contract_id = ?",
                rs -> {
                    ids.put(rs.getString("reference"), UUID.fromString(rs.getString("id")));
                },
                c.id().toString());
        return ids;
    }

    /** delivered, on time, first pass, after rework, rejected, billable units, recorded cost, by scope item. */
    private Map<String, List<Object>> totals(int periodMonth) {
        Map<String, List<Object>> totals = new java.util.HashMap<>();
        jdbc.query(
                """
                select scope_item_key, delivered, on_time, first_pass, after_rework, rejected, billable_units,
                       recorded_cost
                from deliverable_month_total where contract_id = ? and period_month = ?""",
                rs -> {
                    totals.put(
                            rs.getString(1),
                            List.of(
                                    rs.getLong(2),
                                    rs.getLong(3),
                                    rs.getLong(4),
                                    rs.getLong(5),
                                    rs.getLong(6),
                                    rs.getLong(7),
                                    rs.getBigDecimal(8).setScale(2)));
                },
                contract.id().toString(),
                periodMonth);
        return totals;
    }

    private Map<String, List<Object>> allTotals(PerformanceContract c) {
        Map<String, List<Object>> totals = new java.util.HashMap<>();
        jdbc.query(
                """
                select period_month, scope_item_key, delivered, on_time, first_pass, after_rework, rejected,
                       billable_units, recorded_cost
                from deliverable_month_total where contract_id = ?""",
                rs -> {
                    totals.put(
                            rs.getInt(1) + " " + rs.getString(2),
                            List.of(
                                    rs.getLong(3),
                                    rs.getLong(4),
                                    rs.getLong(5),
                                    rs.getLong(6),
                                    rs.getLong(7),
                                    rs.getLong(8),
                                    rs.getBigDecimal(9).setScale(2)));
                },
                c.id().toString());
        return totals;
    }

    /** Both sides validated the month: what the statement module records (latest revision locked). */
    private void lock(PerformanceContract c, int periodMonth) {
        jdbc.update("""
                insert into monthly_statement (id, contract_id, period_month, revision, locked, version)
                values (?, ?, ?, 1, true, 0)""", UUID.randomUUID().toString(), c.id().toString(), periodMonth);
    }
}
