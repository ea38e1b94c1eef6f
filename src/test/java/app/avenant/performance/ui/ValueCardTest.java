package app.avenant.performance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.contract.Contracts;
import app.avenant.performance.Deliverables;
import app.avenant.performance.PerformanceFixtures;
import app.avenant.performance.PerformanceFixtures.PerformanceContract;
import app.avenant.shared.format.Formats;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** « Coût et valeur » on the PME's overview: objectives, the in-house cost recorded and compared; never the provider. */
class ValueCardTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    Deliverables deliverables;

    private PerformanceContract open(String who, PerformanceContract contract) {
        login(who);
        UI.getCurrent().navigate("contracts/" + contract.id() + "/overview");
        MockVaadin.runUIQueue();
        return contract;
    }

    @Test
    void the_pme_records_its_in_house_cost_and_reads_it_beside_the_objectives() {
        PerformanceContract contract = new PerformanceFixtures(accounts, contracts, deliverables).workedExample();
        open(contract.clientOwner(), contract);

        ValueCard card = _get(ValueCard.class);
        card.load();
        assertThat(card.getElement().getTextRecursively())
                .contains("Coût et valeur", "Objectifs du contrat", "n’est pas renseigné");

        _click(_get(Button.class, spec -> spec.withId("value-inhouse-edit")));
        InHouseCostDialog dialog = _get(InHouseCostDialog.class);
        _setValue(dialog.units, "0");
        _click(dialog.save);
        assertThat(dialog.units.isInvalid()).as("the error next to its field").isTrue();
        _setValue(dialog.item, PerformanceFixtures.INVOICES);
        _setValue(dialog.staff, "2 400,50");
        _setValue(dialog.tools, "100");
        _setValue(dialog.units, "800");
        _click(dialog.save);

        assertThat(_find(InHouseCostDialog.class)).isEmpty();
        // (2 400,50 + 100,00) / 800 = 3,1256… → 3,13 € per invoice
        assertThat(card.getElement().getTextRecursively())
                .contains("En interne : " + Formats.money(new BigDecimal("2500.50"), Locale.FRANCE)
                        + " par mois pour 800 livrables (facture traitée), soit "
                        + Formats.money(new BigDecimal("3.13"), Locale.FRANCE) + " par livrable");
    }

    @Test
    void the_provider_does_not_get_the_card() {
        PerformanceContract contract = new PerformanceFixtures(accounts, contracts, deliverables).workedExample();
        open(contract.providerManager(), contract);

        assertThat(_find(ValueCard.class)).isEmpty();
    }
}
