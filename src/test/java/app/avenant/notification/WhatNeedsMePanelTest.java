package app.avenant.notification;

import static app.avenant.performance.PerformanceFixtures.INVOICES;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.Contracts;
import app.avenant.performance.Deliverables;
import app.avenant.performance.PerformanceFixtures;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** « Ce qui m'attend » on the home: loading first, then each late thing a link to where it is done. */
class WhatNeedsMePanelTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    Deliverables deliverables;

    @Autowired
    Clock clock;

    @Test
    void the_home_says_what_awaits_the_reader_once_loaded() {
        var fixtures = new PerformanceFixtures(accounts, contracts, deliverables);
        var contract = fixtures.workedExample();
        fixtures.record(
                contract,
                List.of(
                        PerformanceFixtures.pending(
                                INVOICES, LocalDate.now(clock).minusDays(2), 10),
                        PerformanceFixtures.pending(
                                INVOICES, LocalDate.now(clock).minusDays(1), 10)));
        login(contract.clientOwner());
        UI.getCurrent().navigate("");

        WhatNeedsMePanel panel = _get(WhatNeedsMePanel.class);
        assertThat(panel.getElement().getTextRecursively()).contains("Ce qui m’attend", "Chargement");
        panel.load();

        String shown = panel.getElement().getTextRecursively();
        assertThat(shown).contains("Livrables en retard", "2 livrables en retard", contract.reference());
        assertThat(_get(panel, Anchor.class, spec -> spec.withText("2 livrables en retard"))
                        .getHref())
                .as("the late ones only")
                .isEqualTo("contracts/" + contract.id() + "/deliverables?retard=1");
    }

    @Test
    void a_reader_with_nothing_to_do_is_told_so() {
        var someone = accounts.newOrganisation(app.avenant.identity.OrganisationKind.CLIENT);
        login(someone.admin().username());
        UI.getCurrent().navigate("");

        WhatNeedsMePanel panel = _get(WhatNeedsMePanel.class);
        panel.load();

        assertThat(panel.getElement().getTextRecursively()).contains("Rien ne vous attend pour l’instant");
    }
}
