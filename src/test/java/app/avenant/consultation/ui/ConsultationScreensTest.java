package app.avenant.consultation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.consultation.ConsultationStatus;
import app.avenant.consultation.Consultations;
import app.avenant.consultation.OfferStatus;
import app.avenant.consultation.SecurityAnswer;
import app.avenant.identity.OrganisationKind;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The consultation played on its screens: the gérante launches it (refused without a provider), the provider's admin
 * answers (refused, nothing stored, while a price is missing), the gérante compares and chooses, and lands in the
 * new contract's request n°1.
 */
class ConsultationScreensTest extends UiTest {

    @Autowired
    Consultations consultations;

    @Autowired
    TestAccounts accounts;

    @Test
    void the_gerante_consults_the_provider_answers_and_the_chosen_offer_opens_request_number_one() {
        var pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        var provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
        login(pme.admin().username());
        UI.getCurrent().navigate("consultations/new");
        NewConsultationView form = _get(NewConsultationView.class);
        assertThat(form.title.getValue()).isEqualTo("Saisie comptable");
        assertThat(_find(TextField.class, spec -> spec.withId("units-saisie-factures")))
                .as("the template's volume items ask the units expected")
                .hasSize(1);

        _click(form.launch);
        assertThat(form.providers.isInvalid()).isTrue();
        assertThat(TestAccounts.as(pme.admin().username(), () -> consultations.countMine()))
                .isZero();

        _setValue(form.providers, Set.of(provider.organisation()));
        _setValue(_get(TextField.class, spec -> spec.withId("units-saisie-factures")), "1 000");
        _click(form.launch);
        UUID id = TestAccounts.as(pme.admin().username(), () -> consultations.mine(0, 1))
                .getFirst()
                .id();
        assertThat(TestAccounts.as(pme.admin().username(), () -> consultations.detail(id))
                        .need()
                        .scopeItem("saisie-factures")
                        .orElseThrow()
                        .volume()
                        .baselineMonthlyUnits())
                .isEqualTo(1000);

        // the invitation is among what awaits the provider's admin on the home, with its date
        login(provider.admin().username());
        var home = _get(com.vaadin.flow.component.html.Section.class, spec -> spec.withId("what-needs-me"));
        ((app.avenant.shared.ui.ShownThenLoaded) home.getParent().orElseThrow()).load();
        assertThat(home.getElement().getTextRecursively())
                .contains(pme.organisation().name() + " vous consulte")
                .doesNotContain("Rien ne vous attend");
        UI.getCurrent().navigate("consultations/" + id);
        OfferForm offer = _get(OfferForm.class);
        _click(offer.send);
        assertThat(offer.error.isVisible()).isTrue();
        assertThat(TestAccounts.as(provider.admin().username(), () -> consultations.detail(id))
                        .offers()
                        .getFirst()
                        .status())
                .isEqualTo(OfferStatus.INVITED);
        _setValue(_get(TextField.class, spec -> spec.withId("price-saisie-factures-1")), "1,90");
        _setValue(_get(TextField.class, spec -> spec.withId("price-saisie-factures-2")), "1,70");
        _setValue(_get(TextField.class, spec -> spec.withId("price-saisie-factures-3")), "1,50");
        for (RadioButtonGroup<?> group : _find(RadioButtonGroup.class)) {
            @SuppressWarnings("unchecked")
            RadioButtonGroup<SecurityAnswer.Level> answer = (RadioButtonGroup<SecurityAnswer.Level>) group;
            _setValue(answer, SecurityAnswer.Level.YES);
        }
        _click(_get(OfferForm.class).send);
        assertThat(TestAccounts.as(provider.admin().username(), () -> consultations.detail(id))
                        .offers()
                        .getFirst()
                        .status())
                .isEqualTo(OfferStatus.ANSWERED);

        login(pme.admin().username());
        UI.getCurrent().navigate("consultations/" + id);
        ComparisonPanel comparison = _get(ComparisonPanel.class);
        // 500 × 1.90 + 500 × 1.70 = 1 800.00 a month, 21 600.00 over the year
        assertThat(comparison.table.getElement().getTextRecursively().replaceAll("[\\u00a0\\u202f]", " "))
                .contains("21 600,00 €");
        _click(_get(Button.class, spec -> spec.withId("choose-1")));
        ReasonDialog choose = _get(ReasonDialog.class);
        _click(choose.confirm);
        assertThat(choose.reference.isInvalid()).isTrue();
        assertThat(choose.reason.isInvalid()).isTrue();
        _setValue(choose.reference, "CS-" + UUID.randomUUID().toString().substring(0, 8));
        _setValue(choose.reason, "Seule offre complète");
        _click(choose.confirm);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath())
                .startsWith("changes/")
                .endsWith("/edit");
        assertThat(TestAccounts.as(pme.admin().username(), () -> consultations.detail(id))
                        .status())
                .isEqualTo(ConsultationStatus.DECIDED);

        // decided, the comparison is a record: its weights stay those of the decision, the chosen offer says so
        UI.getCurrent().navigate("consultations/" + id);
        ComparisonPanel record = _get(ComparisonPanel.class);
        assertThat(record.costWeight.isReadOnly()).isTrue();
        assertThat(record.table.getElement().getTextRecursively()).contains("(retenue)");
    }
}
