package app.avenant.performance.ui;

import static app.avenant.performance.PerformanceFixtures.ERRORS;
import static app.avenant.performance.PerformanceFixtures.INVOICES;
import static app.avenant.performance.PerformanceFixtures.WITHIN_48H;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.Contracts;
import app.avenant.identity.OrganisationKind;
import app.avenant.performance.DeliverableInput;
import app.avenant.performance.Deliverables;
import app.avenant.performance.PerformanceFixtures;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.performance.Statements;
import app.avenant.shared.format.Formats;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OverviewViewTest extends UiTest {

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

    private void open() {
        UI.getCurrent().navigate("contracts/" + contract.id() + "/overview");
        MockVaadin.runUIQueue();
    }

    @Test
    void this_months_service_levels_read_as_words_not_only_colours() {
        YearMonth now = YearMonth.now(clock);
        TestAccounts.as(contract.providerManager(), () -> {
            statements.recordMeasurement(contract.id(), now, WITHIN_48H, new BigDecimal("85"));
            statements.recordMeasurement(contract.id(), now, ERRORS, new BigDecimal("99.5"));
        });
        login(contract.clientOwner());
        open();

        List<ListItem> levels = _find(ListItem.class, spec -> spec.withClasses("av-overview-sla--red"));
        assertThat(levels).hasSize(1);
        assertThat(text(levels.getFirst())).contains("Manqué", "Factures saisies sous 48 h");
        assertThat(text(_get(ListItem.class, spec -> spec.withClasses("av-overview-sla--green"))))
                .contains("Respecté", "Factures saisies sans erreur");
    }

    @Test
    void upcoming_and_overdue_deliverables_are_listed_with_a_link_to_the_deliverables() {
        LocalDate today = LocalDate.now(clock);
        DeliverableInput upcoming = PerformanceFixtures.pending(INVOICES, today.plusDays(3), 120);
        DeliverableInput overdue = PerformanceFixtures.pending(INVOICES, today.minusDays(2), 80);
        fixtures.record(contract, List.of(upcoming, overdue));
        login(contract.clientViewer());
        open();

        String deliverablesCard = text(_get(Component.class, spec -> spec.withId("overview-deliverables")));
        assertThat(deliverablesCard)
                .contains(
                        upcoming.reference(),
                        "Saisie des factures fournisseurs",
                        Formats.date(today.plusDays(3), Locale.FRANCE));
        // listed where they are counted (issue 15), most overdue first, and said late in words
        assertThat(deliverablesCard)
                .contains(overdue.reference(), "En retard : " + Formats.date(today.minusDays(2), Locale.FRANCE));
        assertThat(deliverablesCard.indexOf(overdue.reference()))
                .isLessThan(deliverablesCard.indexOf(upcoming.reference()));
        assertThat(text(_get(Component.class, spec -> spec.withId("overview-overdue"))))
                .isEqualTo("1 livrable en retard");
        assertThat(_find(Anchor.class, spec -> spec.withText("Voir les livrables"))
                        .getFirst()
                        .getHref())
                .isEqualTo("contracts/" + contract.id() + "/deliverables");
        assertThat(text(_get(Component.class, spec -> spec.withId("overview-open-changes"))))
                .isEqualTo("Aucune demande de modification ouverte.");
        assertThat(text(_get(Component.class, spec -> spec.withId("overview-penalty-cap-value"))))
                .endsWith(" consommés sur " + Formats.money(new BigDecimal("5000"), Locale.FRANCE));
    }

    @Test
    void the_contract_workspace_links_to_the_overview() {
        login(contract.clientViewer());
        UI.getCurrent().navigate("contracts/" + contract.id());
        MockVaadin.runUIQueue();

        Anchor link = _get(Anchor.class, spec -> spec.withClasses("av-performance-link"));
        assertThat(link.getText()).contains("Suivi de la performance");
        assertThat(link.getHref()).isEqualTo("contracts/" + contract.id() + "/overview");
    }

    @Test
    void a_non_member_is_told_the_contract_does_not_exist() {
        var stranger = accounts.newOrganisation(OrganisationKind.PROVIDER);
        login(stranger.admin().username());
        open();

        assertThat(_find(H2.class, spec -> spec.withText("Contrat introuvable")))
                .hasSize(1);
        assertThat(_find(Component.class, spec -> spec.withId("overview-deliverables")))
                .isEmpty();
    }

    private static String text(Component component) {
        return app.avenant.testing.ShownText.of(component);
    }

    @Test
    void the_renewal_card_gives_the_term_end_and_the_notice_deadline_and_overdue_actions_have_their_card() {
        login(contract.clientOwner());
        open();

        String renewal =
                text(_get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("overview-renewal")));
        LocalDate today = LocalDate.now(clock);
        var window = app.avenant.contract.terms.NoticeDeadline.current(PerformanceFixtures.header(), today);
        assertThat(renewal)
                .contains(
                        "Renouvellement et préavis",
                        "Fin de la période en cours : " + Formats.date(window.termEnd(), Locale.FRANCE),
                        "Dernier jour pour donner préavis : " + Formats.date(window.noticeDeadline(), Locale.FRANCE),
                        "Reconduction tacite par périodes de 12 mois");
        String overdue = text(
                _get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("overview-overdue-actions")));
        assertThat(overdue).contains("Actions en retard", "Aucune action en retard");
        assertThat(text(_get(
                        com.vaadin.flow.component.html.Span.class, spec -> spec.withId("overview-penalty-cap-status"))))
                .isEqualTo("Sous le plafond");
    }
}
