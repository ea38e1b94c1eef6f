package app.avenant.invoicing.ui;

import static app.avenant.performance.PerformanceFixtures.INVOICES;
import static app.avenant.performance.PerformanceFixtures.PAYROLL;
import static app.avenant.testing.TestAccounts.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.Contracts;
import app.avenant.identity.LegalIdentityFixtures;
import app.avenant.identity.internal.UsersForModules;
import app.avenant.performance.Deliverables;
import app.avenant.performance.PerformanceFixtures;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.performance.QualityOutcome;
import app.avenant.performance.Statements;
import app.avenant.shared.ui.StaticHtml;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The invoice under a validated month's statement, as the provider's manager issues it and the client reads it. */
class InvoiceSectionTest extends UiTest {

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
    UsersForModules organisations;

    private PerformanceContract contract;

    @BeforeEach
    void validatedMarch() {
        PerformanceFixtures fixtures = new PerformanceFixtures(accounts, contracts, deliverables);
        contract = fixtures.workedExample();
        fixtures.deliverMany(contract, INVOICES, MARCH.atDay(10), 2, 400, QualityOutcome.FIRST_PASS, true);
        fixtures.deliver(contract, PAYROLL, MARCH.atDay(20), 1180, QualityOutcome.FIRST_PASS, true);
        as(contract.providerManager(), () -> statements.validate(contract.id(), MARCH, 1));
        as(contract.clientOwner(), () -> statements.validate(contract.id(), MARCH, 1));
        organisations.setLegalIdentity(contract.provider().organisation().id(), LegalIdentityFixtures.provider());
    }

    private void open() {
        UI.getCurrent().navigate("contracts/" + contract.id() + "/statement", QueryParameters.of("month", "2026-03"));
        MockVaadin.runUIQueue();
    }

    @Test
    void the_provider_sees_what_is_missing_then_issues_the_invoice_and_the_client_downloads_it() {
        login(contract.providerManager());
        open();

        // the French rates only, 20 % first
        @SuppressWarnings("unchecked")
        Select<BigDecimal> rate = _get(Select.class, spec -> spec.withLabel("Taux de TVA"));
        assertThat(rate.getValue()).isEqualByComparingTo("20");
        _click(_get(Button.class, spec -> spec.withText("Préparer la facture")));
        Dialog dialog = _get(Dialog.class);
        // 15 520,00 € due on the validated statement (no service credit); the client has not given its SIREN yet
        assertThat(totals()).contains("15 520,00", "3 104,00");
        assertThat(dialog.getElement().getTextRecursively())
                .contains("Le client n’a pas encore renseigné son identité légale");
        assertThat(_get(Button.class, spec -> spec.withText("Émettre la facture"))
                        .isEnabled())
                .isFalse();
        _click(_get(Button.class, spec -> spec.withText("Annuler")));

        organisations.setLegalIdentity(contract.client().organisation().id(), LegalIdentityFixtures.client());
        _click(_get(Button.class, spec -> spec.withText("Préparer la facture")));
        assertThat(totals()).contains("18 624,00");
        assertThat(_get(Dialog.class).getElement().getTextRecursively()).contains("ne peut plus être retirée");
        _click(_get(Button.class, spec -> spec.withText("Émettre la facture")));

        NotificationsKt.expectNotifications(
                "Facture n° F" + java.time.LocalDate.now().getYear() + "-00001 émise.");
        assertThat(_get(Anchor.class, spec -> spec.withText("Télécharger la facture (PDF Factur-X)")))
                .isNotNull();
        assertThat(_find(Button.class, spec -> spec.withText("Préparer la facture")))
                .isEmpty();

        logout();
        login(contract.clientViewer());
        open();
        assertThat(_get(InvoiceSection.class).getElement().getTextRecursively().replaceAll("[\\u00a0\\u202f]", " "))
                .contains("-00001 émise le", "18 624,00 € TTC (15 520,00 € HT)");
        assertThat(_get(Anchor.class, spec -> spec.withText("Télécharger la facture (PDF Factur-X)")))
                .isNotNull();
    }

    /** The preview's totals, written as one block of HTML; amounts grouped with narrow no-break spaces. */
    private static String totals() {
        return _get(_get(Dialog.class), StaticHtml.Block.class)
                .getElement()
                .getProperty("innerHTML", "")
                .replaceAll("[\\u00a0\\u202f]", " ");
    }

    @Test
    void before_both_sides_validated_the_provider_is_told_when_it_can_issue() {
        login(contract.providerManager());
        UI.getCurrent().navigate("contracts/" + contract.id() + "/statement", QueryParameters.of("month", "2026-04"));
        MockVaadin.runUIQueue();

        assertThat(_get(InvoiceSection.class).getElement().getTextRecursively())
                .contains("pourra être émise ici une fois le relevé validé par les deux parties");
        assertThat(_find(Button.class, spec -> spec.withText("Préparer la facture")))
                .isEmpty();
    }

    @Test
    void the_client_before_the_invoice_is_told_the_provider_issues_it_here() {
        login(contract.clientOwner());
        open();

        assertThat(_get(InvoiceSection.class).getElement().getTextRecursively())
                .contains("Aucune facture émise pour ce mois", "le prestataire peut émettre sa facture ici");
        assertThat(_find(Button.class, spec -> spec.withText("Préparer la facture")))
                .isEmpty();
    }
}
