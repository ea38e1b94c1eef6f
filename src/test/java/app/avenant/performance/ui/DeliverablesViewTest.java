package app.avenant.performance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.Contracts;
import app.avenant.identity.OrganisationKind;
import app.avenant.performance.DeliverableFilter;
import app.avenant.performance.DeliverableRow;
import app.avenant.performance.Deliverables;
import app.avenant.performance.PerformanceFixtures;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.performance.QualityOutcome;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DeliverablesViewTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    Deliverables deliverables;

    PerformanceFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new PerformanceFixtures(accounts, contracts, deliverables);
    }

    @Test
    void an_editor_adds_a_deliverable_with_the_form_and_sees_it_in_the_grid() {
        PerformanceContract contract = fixtures.workedExample();
        open(contract.providerEditor(), contract);
        DeliverablesView view = _get(DeliverablesView.class);
        assertThat(view.grid.getEmptyStateText()).contains("Aucun livrable enregistré");

        _click(view.add);
        DeliverableFormDialog form = _get(DeliverableFormDialog.class);
        form.reference.setValue("FAC-2026-03");
        form.scopeItem.setValue(PerformanceFixtures.INVOICES);
        form.dueDate.setValue(LocalDate.of(2026, 3, 31));
        form.deliveredOn.setValue(LocalDate.of(2026, 3, 30));
        assertThat(form.quality.isVisible()).isTrue();
        form.units.setValue("412");
        form.quality.setValue(QualityOutcome.FIRST_PASS);
        form.cost.setValue("12,5");
        _click(form.save);

        assertThat(form.isOpened()).isFalse();
        List<DeliverableRow> rows = GridKt._fetch(view.grid, 0, 10);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.reference()).isEqualTo("FAC-2026-03");
            assertThat(row.units()).isEqualTo(412);
            assertThat(row.cost()).isEqualByComparingTo("12.50");
        });
        assertThat(GridKt._getFormattedRow(view.grid, rows.getFirst()))
                .contains(
                        "FAC-2026-03",
                        "Saisie des factures fournisseurs",
                        "31/03/2026",
                        "30/03/2026",
                        "412",
                        "Conforme du premier coup",
                        "12,50\u00A0€",
                        "Formulaire");
        assertThat(view.onTimeCell(rows.getFirst()).getText()).isEqualTo("✓ À l’heure");
    }

    @Test
    void negative_units_are_refused_next_to_the_units_field_and_nothing_is_stored() {
        PerformanceContract contract = fixtures.workedExample();
        open(contract.providerManager(), contract);

        _click(_get(DeliverablesView.class).add);
        DeliverableFormDialog form = _get(DeliverableFormDialog.class);
        form.reference.setValue("FAC-NEG");
        form.scopeItem.setValue(PerformanceFixtures.INVOICES);
        form.dueDate.setValue(LocalDate.of(2026, 3, 31));
        form.units.setValue("-5");
        _click(form.save);

        assertThat(form.isOpened()).isTrue();
        assertThat(form.units.isInvalid()).isTrue();
        assertThat(form.units.getErrorMessage()).isEqualTo("Le nombre d’unités ne peut pas être négatif.");
        assertThat(form.reference.isInvalid()).isFalse();
        assertThat(TestAccounts.as(
                        contract.providerManager(), () -> deliverables.count(contract.id(), DeliverableFilter.all())))
                .isZero();
    }

    @Test
    void a_due_date_in_year_9999_is_refused_under_the_due_date_field_and_nothing_is_stored() {
        PerformanceContract contract = fixtures.workedExample();
        open(contract.providerManager(), contract);

        _click(_get(DeliverablesView.class).add);
        DeliverableFormDialog form = _get(DeliverableFormDialog.class);
        form.reference.setValue("FAC-9999");
        form.scopeItem.setValue(PerformanceFixtures.INVOICES);
        form.dueDate.setValue(LocalDate.of(9999, 12, 31));
        form.units.setValue("5");
        _click(form.save);

        assertThat(form.isOpened()).isTrue();
        assertThat(form.dueDate.isInvalid()).isTrue();
        assertThat(form.dueDate.getErrorMessage())
                .startsWith("L’échéance ne peut pas dépasser le ")
                .endsWith("(5 ans après aujourd’hui) : vérifiez l’année saisie.");
        assertThat(form.units.isInvalid()).isFalse();
        assertThat(TestAccounts.as(
                        contract.providerManager(), () -> deliverables.count(contract.id(), DeliverableFilter.all())))
                .isZero();
    }

    @Test
    void ambiguous_units_and_cost_are_refused_with_what_to_write_instead() {
        PerformanceContract contract = fixtures.workedExample();
        open(contract.providerManager(), contract);

        _click(_get(DeliverablesView.class).add);
        DeliverableFormDialog form = _get(DeliverableFormDialog.class);
        form.reference.setValue("FAC-AMB");
        form.scopeItem.setValue(PerformanceFixtures.INVOICES);
        form.dueDate.setValue(LocalDate.of(2026, 3, 31));
        form.units.setValue("1.040");
        form.cost.setValue("1.000,50");
        _click(form.save);

        assertThat(form.isOpened()).isTrue();
        assertThat(form.units.getErrorMessage())
                .isEqualTo("« 1.040 » : les milliers se séparent par une espace. Écrivez 1\u00A0040.");
        assertThat(form.cost.getErrorMessage())
                .isEqualTo("« 1.000,50 » mêle virgule et point : écrivez 1\u00A0000,50.");
        assertThat(TestAccounts.as(
                        contract.providerManager(), () -> deliverables.count(contract.id(), DeliverableFilter.all())))
                .isZero();

        form.units.setValue("1 040");
        form.cost.setValue("1 000,50");
        _click(form.save);
        assertThat(TestAccounts.as(
                        contract.providerManager(), () -> deliverables.count(contract.id(), DeliverableFilter.all())))
                .isEqualTo(1);
    }

    @Test
    void the_form_asks_for_missing_values_before_calling_the_service() {
        PerformanceContract contract = fixtures.workedExample();
        open(contract.clientOwner(), contract);

        _click(_get(DeliverablesView.class).add);
        DeliverableFormDialog form = _get(DeliverableFormDialog.class);
        form.cost.setValue("douze euros");
        _click(form.save);

        assertThat(form.reference.isInvalid()).isTrue();
        assertThat(form.dueDate.isInvalid()).isTrue();
        assertThat(form.units.getErrorMessage()).isEqualTo("Indiquez le nombre d’unités livrées.");
        assertThat(form.cost.getErrorMessage()).startsWith("Montant illisible");
        assertThat(form.quality.isVisible()).isFalse();
    }

    @Test
    void a_viewer_sees_the_deliverables_but_cannot_add_import_or_change_them() {
        PerformanceContract contract = fixtures.workedExample();
        fixtures.deliver(
                contract,
                PerformanceFixtures.INVOICES,
                LocalDate.of(2026, 3, 10),
                400,
                QualityOutcome.FIRST_PASS,
                false);

        open(contract.clientViewer(), contract);

        DeliverablesView view = _get(DeliverablesView.class);
        assertThat(view.add.isVisible()).isFalse();
        assertThat(view.importCsv.isVisible()).isFalse();
        assertThat(view.grid.getColumnByKey("actions").isVisible()).isFalse();
        DeliverableRow row = GridKt._fetch(view.grid, 0, 10).getFirst();
        assertThat(view.onTimeCell(row).getText()).isEqualTo("✗ En retard");
    }

    @Test
    void a_non_member_gets_contract_not_found() {
        PerformanceContract contract = fixtures.workedExample();
        String stranger =
                accounts.newOrganisation(OrganisationKind.PROVIDER).admin().username();

        open(stranger, contract);

        assertThat(UI.getCurrent().getCurrentView().getElement().getTextRecursively())
                .contains("Contrat introuvable");
        assertThat(_find(DeliverablesView.class).getFirst().grid.isAttached()).isFalse();
    }

    @Test
    void the_filters_keep_the_pending_ones_or_one_month() {
        PerformanceContract contract = fixtures.workedExample();
        fixtures.deliver(
                contract,
                PerformanceFixtures.INVOICES,
                LocalDate.of(2026, 3, 10),
                400,
                QualityOutcome.FIRST_PASS,
                true);
        fixtures.record(
                contract,
                List.of(PerformanceFixtures.pending(PerformanceFixtures.PAYROLL, LocalDate.of(2026, 4, 30), 20)));
        open(contract.providerManager(), contract);
        DeliverablesView view = _get(DeliverablesView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);

        view.pendingOnly.setValue(true);
        assertThat(GridKt._fetch(view.grid, 0, 10))
                .extracting(DeliverableRow::scopeItemKey)
                .containsExactly(PerformanceFixtures.PAYROLL);

        view.pendingOnly.setValue(false);
        view.month.setValue(java.time.YearMonth.of(2026, 3));
        assertThat(GridKt._fetch(view.grid, 0, 10))
                .extracting(DeliverableRow::scopeItemKey)
                .containsExactly(PerformanceFixtures.INVOICES);

        view.scopeItem.setValue(PerformanceFixtures.PAYROLL);
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("Aucun livrable ne correspond à ces filtres.");
    }

    @Test
    void an_editor_corrects_a_pending_deliverable_then_deletes_it_after_confirming() {
        PerformanceContract contract = fixtures.workedExample();
        fixtures.record(
                contract,
                List.of(PerformanceFixtures.pending(PerformanceFixtures.INVOICES, LocalDate.of(2026, 4, 30), 300)));
        open(contract.providerEditor(), contract);
        DeliverablesView view = _get(DeliverablesView.class);
        DeliverableRow pending = GridKt._fetch(view.grid, 0, 10).getFirst();

        view.openForm(pending);
        DeliverableFormDialog form = _get(DeliverableFormDialog.class);
        assertThat(form.reference.isReadOnly()).isTrue();
        form.deliveredOn.setValue(LocalDate.of(2026, 4, 29));
        form.quality.setValue(QualityOutcome.AFTER_REWORK);
        _click(form.save);

        DeliverableRow delivered = GridKt._fetch(view.grid, 0, 10).getFirst();
        assertThat(delivered.deliveredOn()).isEqualTo(LocalDate.of(2026, 4, 29));
        assertThat(delivered.quality()).isEqualTo(QualityOutcome.AFTER_REWORK);

        view.confirmDelete(delivered);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).contains(delivered.reference());
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void the_late_link_opens_the_deliverables_on_those_late_only() {
        PerformanceContract contract = fixtures.workedExample();
        LocalDate today = LocalDate.now();
        fixtures.record(
                contract,
                List.of(
                        PerformanceFixtures.pending(PerformanceFixtures.INVOICES, today.minusDays(3), 10),
                        PerformanceFixtures.pending(PerformanceFixtures.INVOICES, today.plusDays(20), 10)));

        login(contract.clientViewer());
        app.avenant.shared.ui.Routes.navigate(UI.getCurrent(), PerformanceNavigation.lateDeliverables(contract.id()));

        DeliverablesView view = _get(DeliverablesView.class);
        assertThat(view.lateOnly.getValue()).isTrue();
        assertThat(GridKt._fetch(view.grid, 0, 10))
                .singleElement()
                .satisfies(row -> assertThat(row.dueDate()).isEqualTo(today.minusDays(3)));
        view.lateOnly.setValue(false);
        assertThat(GridKt._fetch(view.grid, 0, 10)).hasSize(2);
    }

    private void open(String username, PerformanceContract contract) {
        login(username, "contracts/" + contract.id() + "/deliverables");
    }
}
