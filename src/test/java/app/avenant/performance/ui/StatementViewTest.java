package app.avenant.performance.ui;

import static app.avenant.performance.PerformanceFixtures.INVOICES;
import static app.avenant.performance.PerformanceFixtures.PAYROLL;
import static app.avenant.performance.PerformanceFixtures.WITHIN_48H;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.Contracts;
import app.avenant.identity.OrganisationKind;
import app.avenant.performance.Deliverables;
import app.avenant.performance.PerformanceFixtures;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.performance.QualityOutcome;
import app.avenant.performance.Statements;
import app.avenant.shared.format.Formats;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StatementViewTest extends UiTest {

    /** A month of the worked example, ended whenever the suite runs (the contract starts in January 2026). */
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    Deliverables deliverables;

    @Autowired
    Statements statements;

    @Autowired
    Clock clock;

    private PerformanceFixtures fixtures;
    private PerformanceContract contract;

    @BeforeEach
    void workedExample() {
        fixtures = new PerformanceFixtures(accounts, contracts, deliverables);
        contract = fixtures.workedExample();
    }

    /** The brief's month 1: 800 invoices (1 540,00 €) and 1 180 resource units of payroll (13 980,00 €). */
    private void deliverMonthOne(YearMonth month) {
        fixtures.deliverMany(contract, INVOICES, month.atDay(10), 2, 400, QualityOutcome.FIRST_PASS, true);
        fixtures.deliver(contract, PAYROLL, month.atDay(20), 1180, QualityOutcome.FIRST_PASS, true);
    }

    private void open(YearMonth month) {
        open(month.toString());
    }

    private void open(String month) {
        UI.getCurrent().navigate("contracts/" + contract.id() + "/statement", QueryParameters.of("month", month));
        MockVaadin.runUIQueue();
    }

    @Test
    void a_member_sees_the_month_priced_by_the_version_in_force() {
        deliverMonthOne(MARCH);
        login(contract.clientViewer());
        open(MARCH);

        assertThat(text(_get(Span.class, spec -> spec.withId("statement-total-due"))))
                .isEqualTo(Formats.money(new BigDecimal("15520.00"), Locale.FRANCE));
        assertThat(text(_get(Component.class, spec -> spec.withId("statement-version"))))
                .isEqualTo("Tarifé selon la version 1");
        String charges = text(_get(Component.class, spec -> spec.withId("statement-charges")));
        assertThat(charges)
                .contains(
                        "Saisie des factures fournisseurs",
                        "Tranche 0–500 : 500 unités × 2,00",
                        "Forfait mensuel",
                        "ARC : 180 unités additionnelles");
        assertThat(text(_get(Component.class, spec -> spec.withId("statement-status"))))
                .contains("Ouvert");
        assertThat(text(_get(Section.class, spec -> spec.withId("statement-ledger"))))
                .contains("Douze mois de coûts", "Mars 2026");
    }

    @Test
    void the_statement_opens_on_last_month_and_a_bad_month_falls_back_to_it() {
        login(contract.clientViewer());
        open("n'importe-quoi");

        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        @SuppressWarnings("unchecked")
        Select<YearMonth> picker = _get(Select.class, spec -> spec.withId("statement-month"));
        assertThat(picker.getValue()).isEqualTo(lastMonth);

        _click(_get(Button.class, spec -> spec.withId("statement-previous")));
        MockVaadin.runUIQueue();
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("month"))
                .contains(lastMonth.minusMonths(1).toString());
    }

    @Test
    void the_provider_then_the_client_validate_and_the_month_is_locked() {
        deliverMonthOne(MARCH);
        login(contract.providerManager());
        open(MARCH);
        assertThat(_find(TextField.class, spec -> spec.withId("measure-" + WITHIN_48H)))
                .hasSize(1);

        Button validate = _get(Button.class, spec -> spec.withId("statement-validate"));
        assertThat(validate.getText()).isEqualTo("Valider pour le prestataire");
        _click(validate);
        StatementConfirmDialog confirm = _get(StatementConfirmDialog.class);
        assertThat(text(confirm)).contains("Après la double validation, le mois est verrouillé");
        _click(confirm.confirm);
        assertThat(text(_get(Component.class, spec -> spec.withId("statement-status"))))
                .contains("Validé par le prestataire, en attente de la PME");
        assertThat(_find(Button.class, spec -> spec.withId("statement-validate")))
                .isEmpty();

        login(contract.clientOwner());
        open(MARCH);
        Button clientValidate = _get(Button.class, spec -> spec.withId("statement-validate"));
        assertThat(clientValidate.getText()).isEqualTo("Valider pour la PME");
        _click(clientValidate);
        _click(_get(StatementConfirmDialog.class).confirm);

        assertThat(text(_get(Component.class, spec -> spec.withId("statement-status"))))
                .contains("Verrouillé");
        assertThat(_find(Component.class, spec -> spec.withId("statement-lock")))
                .hasSize(1);
        assertThat(_find(TextField.class, spec -> spec.withId("measure-" + WITHIN_48H)))
                .isEmpty();
        String revisions = text(_get(Component.class, spec -> spec.withId("statement-revisions")));
        assertThat(revisions)
                .contains(
                        contract.provider().admin().displayName(),
                        contract.client().admin().displayName(),
                        Formats.money(new BigDecimal("15520.00"), Locale.FRANCE));
    }

    @Test
    void reopening_a_locked_month_needs_a_reason_and_opens_revision_two() {
        deliverMonthOne(MARCH);
        TestAccounts.as(contract.providerManager(), () -> statements.validate(contract.id(), MARCH, 1));
        TestAccounts.as(contract.clientOwner(), () -> statements.validate(contract.id(), MARCH, 1));
        login(contract.clientOwner());
        open(MARCH);

        _click(_get(Button.class, spec -> spec.withId("statement-reopen")));
        StatementReopenDialog dialog = _get(StatementReopenDialog.class);
        _click(dialog.confirm);
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Indiquez le motif de la correction.");

        _setValue(dialog.reason, "Livrables de fin de mois oubliés");
        _click(dialog.confirm);

        String revisions = text(_get(Component.class, spec -> spec.withId("statement-revisions")));
        assertThat(revisions)
                .contains("2", contract.client().admin().displayName(), "Livrables de fin de mois oubliés");
        assertThat(text(_get(Component.class, spec -> spec.withId("statement-status"))))
                .contains("Ouvert");
        assertThat(_find(TextField.class, spec -> spec.withId("measure-" + WITHIN_48H)))
                .hasSize(1);
        assertThat(_find(Button.class, spec -> spec.withId("statement-validate")))
                .hasSize(1);
    }

    @Test
    void a_viewer_can_neither_validate_nor_record_measurements() {
        deliverMonthOne(MARCH);
        login(contract.clientViewer());
        open(MARCH);

        assertThat(_find(Button.class, spec -> spec.withId("statement-validate")))
                .isEmpty();
        assertThat(_find(TextField.class, spec -> spec.withId("measure-" + WITHIN_48H)))
                .isEmpty();
        assertThat(text(_get(Section.class, spec -> spec.withId("statement-validation"))))
                .contains("responsable de chaque partie");
    }

    @Test
    void a_month_not_ended_cannot_be_validated_yet() {
        YearMonth current = YearMonth.now(clock);
        login(contract.clientOwner());
        open(current);

        Button validate = _get(Button.class, spec -> spec.withId("statement-validate"));
        assertThat(validate.isEnabled()).isFalse();
        assertThat(text(_get(Span.class, spec -> spec.withId("statement-validate-why"))))
                .contains(
                        "n'est pas terminé", Formats.date(current.plusMonths(1).atDay(1), Locale.FRANCE));
    }

    @Test
    void an_editor_records_a_measurement_and_a_bad_one_is_explained_next_to_its_field() {
        deliverMonthOne(MARCH);
        login(contract.providerEditor());
        open(MARCH);

        TextField field = _get(TextField.class, spec -> spec.withId("measure-" + WITHIN_48H));
        _setValue(field, "120");
        _click(_get(Button.class, spec -> spec.withId("save-" + WITHIN_48H)));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Le pourcentage doit être compris entre 0 et 100.");

        _setValue(field, "91");
        _click(_get(Button.class, spec -> spec.withId("save-" + WITHIN_48H)));

        // 91 % is below the 95 % target but above the 90 % minimum: at risk, no credit
        String levels = text(_get(Section.class, spec -> spec.withId("statement-service-levels")));
        assertThat(levels)
                .contains(
                        "Factures saisies sous 48 h", Formats.percent(new BigDecimal("91"), Locale.FRANCE), "À risque");
        assertThat(_get(TextField.class, spec -> spec.withId("measure-" + WITHIN_48H))
                        .getValue())
                .isEqualTo("91");
    }

    @Test
    void the_penalty_cap_alert_shows_once_the_cap_is_reached() {
        // 10 000 resource units: 12 000 + 9 000 × 11 = 111 000 €, 12 % at risk, half of it for "48 h" = 6 660 €,
        // more than the contract's 5 000 € cap
        YearMonth june = YearMonth.of(2026, 6);
        fixtures.deliver(contract, PAYROLL, june.atDay(15), 10_000, QualityOutcome.FIRST_PASS, true);
        TestAccounts.as(
                contract.providerManager(),
                () -> statements.recordMeasurement(contract.id(), june, WITHIN_48H, new BigDecimal("80")));
        login(contract.clientViewer());
        open(june);

        String totals = text(_get(Section.class, spec -> spec.withId("statement-totals")));
        assertThat(totals)
                .contains("Plafond des pénalités" + Formats.money(new BigDecimal("5000"), Locale.FRANCE)
                        + " consommés sur " + Formats.money(new BigDecimal("5000"), Locale.FRANCE));
        assertThat(_find(Component.class, spec -> spec.withClasses("av-penalty-cap-alert")))
                .hasSize(1);
    }

    @Test
    void three_months_outside_the_flex_range_prompt_an_editor_to_propose_a_new_baseline() {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        fixtures.deliver(contract, INVOICES, last.minusMonths(2).atDay(10), 1250, QualityOutcome.FIRST_PASS, true);
        fixtures.deliver(contract, INVOICES, last.minusMonths(1).atDay(10), 1300, QualityOutcome.FIRST_PASS, true);
        fixtures.deliver(contract, INVOICES, last.atDay(10), 1280, QualityOutcome.FIRST_PASS, true);
        login(contract.providerEditor());
        open(last);

        String prompt = text(_get(Section.class, spec -> spec.withClasses("av-rebaseline")));
        assertThat(prompt)
                .contains(
                        "Le volume de « Saisie des factures fournisseurs » est hors de la plage",
                        Formats.units(1250, Locale.FRANCE) + ", " + Formats.units(1300, Locale.FRANCE) + ", "
                                + Formats.units(1280, Locale.FRANCE) + ") : proposer une nouvelle base de");
        _click(_get(Button.class, spec -> spec.withId("rebaseline-" + INVOICES)));
        MockVaadin.runUIQueue();

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).startsWith("changes/");
    }

    @Test
    void a_viewer_sees_the_prompt_without_the_button() {
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        for (int i = 0; i < 3; i++) {
            fixtures.deliver(contract, INVOICES, last.minusMonths(i).atDay(10), 1250, QualityOutcome.FIRST_PASS, true);
        }
        login(contract.clientViewer());
        open(last);

        assertThat(text(_get(Section.class, spec -> spec.withClasses("av-rebaseline"))))
                .contains("Saisie des factures fournisseurs");
        assertThat(_find(Button.class, spec -> spec.withId("rebaseline-" + INVOICES)))
                .isEmpty();
    }

    @Test
    void a_non_member_is_told_the_contract_does_not_exist() {
        var stranger = accounts.newOrganisation(OrganisationKind.CLIENT);
        login(stranger.admin().username());
        open(MARCH);

        assertThat(_find(H2.class, spec -> spec.withText("Contrat introuvable")))
                .hasSize(1);
        assertThat(_find(Component.class, spec -> spec.withId("statement-total-due")))
                .isEmpty();
    }

    private static String text(Component component) {
        return app.avenant.testing.ShownText.of(component);
    }
}
