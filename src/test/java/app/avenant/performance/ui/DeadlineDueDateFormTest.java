package app.avenant.performance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.Contracts;
import app.avenant.contract.terms.Deadline;
import app.avenant.contract.terms.DeadlineUnit;
import app.avenant.contract.terms.ServiceLevel;
import app.avenant.contract.terms.Terms;
import app.avenant.contract.terms.WorkingCalendar;
import app.avenant.performance.DeliverableRow;
import app.avenant.performance.Deliverables;
import app.avenant.performance.PerformanceFixtures;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.performance.QualityOutcome;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The deliverable form when a service level sets a deadline in working days on the scope item. */
class DeadlineDueDateFormTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    Deliverables deliverables;

    @Test
    void theDueDateFollowsFromTheRequestSkippingFirstMayAndTheDeliveryIsJudgedByIt() {
        Terms example = PerformanceFixtures.workedExampleTerms();
        ServiceLevel level = example.serviceLevel(PerformanceFixtures.WITHIN_48H)
                .orElseThrow()
                .withDeadline(new Deadline(
                        2, DeadlineUnit.WORKING_DAYS, WorkingCalendar.FRANCE, PerformanceFixtures.INVOICES));
        PerformanceContract contract =
                new PerformanceFixtures(accounts, contracts, deliverables).contract(example.withServiceLevel(level));
        login(contract.providerEditor(), "contracts/" + contract.id() + "/deliverables");
        DeliverablesView view = _get(DeliverablesView.class);

        _click(view.add);
        DeliverableFormDialog form = _get(DeliverableFormDialog.class);
        form.reference.setValue("FAC-30-04");
        form.scopeItem.setValue(PerformanceFixtures.INVOICES);
        assertThat(form.dueDate.getHelperText()).contains("2 jours ouvrés").contains("date de demande");
        form.requestedAt.setValue(LocalDateTime.of(2026, 4, 30, 15, 0));

        // Friday 1 May and the weekend do not count
        assertThat(form.dueDate.getValue()).isEqualTo(LocalDate.of(2026, 5, 5));
        assertThat(form.dueDate.isReadOnly()).isTrue();
        assertThat(form.dueDate.getHelperText())
                .isEqualTo("Calculée : 2 jours ouvrés après la demande, soit le mardi 5 mai 2026, jusqu’à minuit"
                        + " (week-ends et jours fériés exclus).");

        form.deliveredOn.setValue(LocalDate.of(2026, 5, 5));
        assertThat(form.deliveredTime.isVisible()).isTrue();
        form.deliveredTime.setValue(LocalTime.of(17, 30));
        form.units.setValue("40");
        form.quality.setValue(QualityOutcome.FIRST_PASS);
        _click(form.save);

        assertThat(form.isOpened()).isFalse();
        List<DeliverableRow> rows = GridKt._fetch(view.grid, 0, 10);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.dueDate()).isEqualTo(LocalDate.of(2026, 5, 5));
            assertThat(row.onTime()).isTrue();
            assertThat(row.deliveredAt()).isEqualTo(LocalDateTime.of(2026, 5, 5, 17, 30));
        });
        assertThat(GridKt._getFormattedRow(view.grid, rows.getFirst())).contains("05/05/2026", "05/05/2026 17:30");
    }
}
