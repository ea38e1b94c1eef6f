package app.avenant.performance.ui;

import static app.avenant.performance.PerformanceFixtures.INVOICES;
import static app.avenant.performance.PerformanceFixtures.PAYROLL;
import static app.avenant.performance.PerformanceFixtures.WITHIN_48H;
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
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The worked example in October 2026: 1 180 invoices in four deliverables (one late and reworked) and 1 000
 * payroll units in one, so 5 delivered, 4 on time, 4 first pass, 1 reworked; "délai 48 h" measured at 85 %
 * (missed). September has no deliverable at all.
 */
class IndicatorsViewTest extends UiTest {

    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

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

    /** Only read by the tests: built once (each contract brings two organisations and four users). */
    private static @Nullable PerformanceContract withOctober;

    private static @Nullable PerformanceContract withoutDeliverables;

    private PerformanceFixtures fixtures;
    private PerformanceContract contract;

    @BeforeEach
    void fixtures() {
        fixtures = new PerformanceFixtures(accounts, contracts, deliverables);
    }

    private void recordOctober() {
        if (withOctober == null) {
            contract = fixtures.workedExample();
            record();
            withOctober = contract;
        }
        contract = withOctober;
    }

    private void nothingRecorded() {
        if (withoutDeliverables == null) {
            withoutDeliverables = fixtures.workedExample();
        }
        contract = withoutDeliverables;
    }

    private void record() {
        LocalDate day = LocalDate.of(2026, 10, 15);
        fixtures.deliverMany(contract, INVOICES, day, 3, 295, QualityOutcome.FIRST_PASS, true);
        fixtures.deliver(contract, INVOICES, day, 295, QualityOutcome.AFTER_REWORK, false);
        fixtures.deliver(contract, PAYROLL, day, 1000, QualityOutcome.FIRST_PASS, true);
        TestAccounts.as(
                contract.providerManager(),
                () -> statements.recordMeasurement(contract.id(), OCTOBER, WITHIN_48H, new BigDecimal("85")));
    }

    private void open(Map<String, String> parameters) {
        UI.getCurrent().navigate("contracts/" + contract.id() + "/indicators", QueryParameters.simple(parameters));
        MockVaadin.runUIQueue();
    }

    private void openSeptemberToOctober() {
        open(Map.of("from", "2026-09", "to", "2026-10"));
    }

    @Test
    void a_member_sees_the_key_indicators_of_the_last_month_and_of_the_period() {
        recordOctober();
        login(contract.clientViewer());
        openSeptemberToOctober();

        String onTime = text(found("." + "av-kpi-on-time").getFirst());
        assertThat(onTime)
                .contains(
                        "Taux de livraison à l'heure",
                        "80 %",
                        "octobre 2026",
                        "5 livrable(s) livré(s)",
                        "Sur la période : 80 %");
        assertThat(text(found("." + "av-kpi-first-pass").getFirst())).contains("80 %");
        assertThat(text(found("." + "av-kpi-rework").getFirst())).contains("20 %");
        // never over invoices and resource units together (PRODUCT.md, edge rules): each item in its own unit,
        // its charges less its share of the 851,28 € of credits (pro rata to the 14 188,00 € of charges):
        // invoices 2 188,00 × 13 336,72 / (14 188,00 × 1 180) = 1,7429… → 1,74 € against 1 540,00 / 800 → 1,93 €;
        // support 12 000,00 × 13 336,72 / (14 188,00 × 1 000) = 11,2800… → 11,28 € against 12,00 €
        assertThat(text(found("." + "av-kpi-cost").getFirst()))
                .contains(
                        "Par prestation",
                        "Saisie des factures fournisseurs : 1,74 € (nominal 1,93 €)",
                        ": 11,28 € (nominal 12,00 €)");
    }

    @Test
    void service_levels_read_as_words_with_the_credit_capped_by_the_at_risk_amount() {
        recordOctober();
        login(contract.clientOwner());
        openSeptemberToOctober();

        String levels = text(shown("av-indicators-sla"));
        assertThat(levels)
                .contains(
                        "Niveaux de service — octobre 2026",
                        "Factures saisies sous 48 h",
                        "95 %",
                        "90 %",
                        "85 %",
                        "Manqué",
                        "Critique",
                        "Factures saisies sans erreur",
                        "Non mesuré",
                        "Indicateur");
        assertThat(found(".av-sla-missed")).hasSize(1);
        // at risk: 12 % × 14 188,00 = 1 702,56 €; "délai 48 h" takes 50 % of it
        String credits = text(shown("av-indicators-credits"));
        assertThat(credits)
                .contains(
                        "1 702,56 €", "851,28 €", "Plafond global des pénalités", "Consommé : 851,28 € sur 5 000,00 €");
        String volumes = text(shown("av-indicators-volumes"));
        assertThat(volumes)
                .contains(
                        "Saisie des factures fournisseurs",
                        "1 180",
                        "640 – 960",
                        "Au-dessus de la marge",
                        "Préparation de la paie",
                        "Dans la marge");
    }

    @Test
    void each_chart_is_an_svg_image_with_a_data_table_of_the_same_monthly_figures() {
        recordOctober();
        login(contract.clientOwner());
        openSeptemberToOctober();

        List<Svg> charts = _find(Svg.class);
        assertThat(charts).hasSize(3);
        assertThat(charts).allSatisfy(svg -> {
            assertThat(svg.getElement().getAttribute("role")).isEqualTo("img");
            assertThat(svg.getElement().getAttribute("aria-label")).isNotBlank();
        });
        assertThat(charts.getFirst().getElement().getAttribute("aria-label"))
                .isEqualTo("Livraison à l'heure et qualité du premier coup");

        List<org.jsoup.nodes.Element> tables = found("table.av-chart-table");
        assertThat(tables).hasSize(3);
        assertThat(rows(tables.get(0)))
                .containsExactly(
                        "Mois | À l'heure | Premier coup | Cible du niveau de service",
                        "septembre 2026 | — | — | 95 %",
                        "octobre 2026 | 80 % | 80 % | 95 %");
        assertThat(rows(tables.get(1)))
                .containsExactly(
                        "Mois | Unités livrées | Volume de référence | Marge de flexibilité (min.) | Marge de flexibilité (max.)",
                        "septembre 2026 | 0 | 800 | 640 | 960",
                        "octobre 2026 | 1 180 | 800 | 640 | 960");
        assertThat(rows(tables.get(2)))
                .satisfiesExactly(
                        header -> assertThat(header).startsWith("Mois | Saisie des factures fournisseurs | "),
                        september -> assertThat(september).startsWith("septembre 2026 | "),
                        october -> assertThat(october).isEqualTo("octobre 2026 | 1,74 € | 11,28 €"));
    }

    @Test
    void the_volume_chart_shows_the_scope_item_chosen() {
        recordOctober();
        login(contract.clientOwner());
        openSeptemberToOctober();

        _setValue(_get(IndicatorsCharts.class).item, PAYROLL);

        org.jsoup.nodes.Element volumes = found("table.av-chart-table").get(1);
        assertThat(rows(volumes)).contains("octobre 2026 | 1 000 | 1 000 | 800 | 1 200");
        assertThat(text(_get(IndicatorsCharts.class).volumes)).contains("Préparation de la paie");
    }

    @Test
    void the_period_is_read_from_the_address_and_the_pickers_change_it() {
        recordOctober();
        login(contract.clientOwner());
        open(Map.of("from", "2026-10"));

        IndicatorsPeriodBar bar = _get(IndicatorsPeriodBar.class);
        assertThat(bar.from.getValue()).isEqualTo(OCTOBER);
        assertThat(bar.to.getValue()).isEqualTo(OCTOBER);
        assertThat(text(found("table.av-chart-table").getFirst())).doesNotContain("septembre 2026");

        _setValue(bar.from, SEPTEMBER);
        MockVaadin.runUIQueue();

        assertThat(location()).isEqualTo("contracts/" + contract.id() + "/indicators?from=2026-09&to=2026-10");
        assertThat(_get(IndicatorsPeriodBar.class).from.getValue()).isEqualTo(SEPTEMBER);
        assertThat(text(found("table.av-chart-table").getFirst())).contains("septembre 2026");
    }

    @Test
    void an_invalid_period_falls_back_to_the_last_12_months_with_a_gentle_message() {
        nothingRecorded();
        login(contract.clientOwner());
        open(Map.of("from", "2026-10", "to", "2026-02"));

        assertThat(text(_get(Component.class, spec -> spec.withClasses("av-indicators-message"))))
                .isEqualTo("La période demandée n'est pas valide : voici les 12 derniers mois.");
        IndicatorsPeriod expected =
                IndicatorsPeriod.byDefault(YearMonth.now(clock), YearMonth.from(PerformanceFixtures.START), null);
        assertThat(_get(IndicatorsPeriodBar.class).from.getValue()).isEqualTo(expected.from());
        assertThat(_get(IndicatorsPeriodBar.class).to.getValue()).isEqualTo(expected.to());

        open(Map.of("from", "n'importe quoi"));
        assertThat(_find(Component.class, spec -> spec.withClasses("av-indicators-message")))
                .hasSize(1);
    }

    @Test
    void a_period_without_deliverables_shows_an_empty_state_and_no_chart() {
        nothingRecorded();
        login(contract.clientOwner());
        openSeptemberToOctober();

        assertThat(text(_get(Component.class, spec -> spec.withClasses("av-empty-state"))))
                .contains("Aucun livrable enregistré sur cette période");
        assertThat(_find(Svg.class)).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withClasses("av-export"))).isEmpty();
    }

    @Test
    void both_csv_exports_are_offered_as_downloads_named_after_the_contract_and_period() {
        recordOctober();
        login(contract.clientViewer());
        openSeptemberToOctober();

        IndicatorsExports exports = _get(IndicatorsExports.class);
        assertThat(exports.indicators.getText()).isEqualTo("Exporter les indicateurs (CSV)");
        assertThat(exports.billing.getText()).isEqualTo("Exporter la préfacturation (CSV)");
        for (Anchor anchor : List.of(exports.indicators, exports.billing)) {
            assertThat(anchor.getHref()).isNotBlank();
            assertThat(anchor.getElement().hasAttribute("download")).isTrue();
        }
    }

    @Test
    void an_english_reader_gets_english_labels_and_numbers() {
        recordOctober();
        login(contract.clientOwner());
        UI.getCurrent().setLocale(Locale.UK);
        openSeptemberToOctober();

        assertThat(text(shown("av-indicators-kpis"))).contains("On-time delivery rate", "80%", "October 2026");
        assertThat(_find(Svg.class).getFirst().getElement().getAttribute("aria-label"))
                .isEqualTo("On-time delivery and first-pass quality");
        assertThat(text(shown("av-indicators-credits"))).contains("€851.28");
    }

    @Test
    void a_non_member_is_told_the_contract_does_not_exist() {
        recordOctober();
        var stranger = accounts.newOrganisation(OrganisationKind.CLIENT);
        login(stranger.admin().username());
        openSeptemberToOctober();

        assertThat(_get(H2.class).getText()).isEqualTo("Contrat introuvable");
        assertThat(_find(IndicatorsKpis.class)).isEmpty();
        assertThat(_find(Select.class)).isEmpty();
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    /** Each row of a table, header first, its cells separated by " | ". */
    private static List<String> rows(org.jsoup.nodes.Element table) {
        return table.select("tr").stream()
                .map(row -> String.join(
                        " | ",
                        row.select("th, td").stream()
                                .map(IndicatorsViewTest::text)
                                .toList()))
                .toList();
    }

    /** Elements of the figures shown as HTML (docs/decisions/0038). */
    private static List<org.jsoup.nodes.Element> found(String cssSelector) {
        return app.avenant.testing.ShownText.select(UI.getCurrent().getCurrentView(), cssSelector);
    }

    private static String text(org.jsoup.nodes.Element element) {
        return app.avenant.testing.ShownText.of(element).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** The visible text, with the JDK's French no-break spaces turned into plain ones. */
    private static String text(Component component) {
        return app.avenant.testing.ShownText.of(component)
                .replace('\u202f', ' ')
                .replace('\u00a0', ' ');
    }

    /** A block of figures, shown as HTML (docs/decisions/0038). */
    private static app.avenant.shared.ui.StaticHtml.Block shown(String className) {
        return _get(app.avenant.shared.ui.StaticHtml.Block.class, spec -> spec.withClasses(className));
    }
}
