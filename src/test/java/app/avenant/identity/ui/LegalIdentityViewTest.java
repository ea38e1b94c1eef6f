package app.avenant.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.identity.LegalIdentities;
import app.avenant.identity.OrganisationKind;
import app.avenant.identity.VatRegime;
import app.avenant.testing.Menu;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.TestAccounts.TestOrganisation;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LegalIdentityViewTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    LegalIdentities identities;

    TestOrganisation provider;

    @BeforeEach
    void setUp() {
        provider = accounts.newOrganisation(OrganisationKind.PROVIDER);
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    @Test
    void the_admin_finds_the_page_is_told_what_is_wrong_under_each_field_then_saves() {
        login(provider.admin().username());
        assertThat(Menu.entries()).containsEntry("Identité légale", "admin/organisation");
        UI.getCurrent().navigate("admin/organisation");

        _setValue(field("SIREN"), "123 456 789");
        _setValue(field("Code postal"), "6900");
        _setValue(field("Capital social"), "dix mille");
        _click(_get(Button.class, spec -> spec.withText("Enregistrer")));

        assertThat(field("SIREN").isInvalid()).isTrue();
        assertThat(field("SIREN").getErrorMessage()).startsWith("Ce SIREN n’existe pas");
        assertThat(field("Code postal").getErrorMessage()).isEqualTo("Un code postal français compte 5 chiffres.");
        assertThat(field("Adresse").getErrorMessage()).isEqualTo("L’adresse est obligatoire.");
        // an unreadable amount does not hide the other fields' problems: one round of corrections
        assertThat(field("Capital social").isInvalid()).isTrue();
        assertThat(as(identities::mine).changedAt()).isNull();

        // a valid SIREN fills in the French VAT number it implies
        _setValue(field("SIREN"), "732 829 320");
        assertThat(field("N° de TVA intracommunautaire").getValue()).isEqualTo("FR44732829320");
        _setValue(field("SIRET de l’établissement qui facture"), "73282932000074");
        _setValue(field("Capital social"), "50 000");
        _setValue(field("Adresse"), "45 avenue Jean Jaurès");
        _setValue(field("Code postal"), "69007");
        _setValue(field("Ville"), "Lyon");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<VatRegime> regime = _get(RadioButtonGroup.class);
        _setValue(regime, VatRegime.DEBITS);
        _click(_get(Button.class, spec -> spec.withText("Enregistrer")));

        NotificationsKt.expectNotifications("Identité légale enregistrée.");
        LegalIdentities.Mine saved = as(identities::mine);
        assertThat(saved.identity().siren()).isEqualTo("732829320");
        assertThat(saved.identity().shareCapital()).isEqualByComparingTo("50000");
        assertThat(saved.identity().vatRegime()).isEqualTo(VatRegime.DEBITS);
        assertThat(_find(Paragraph.class))
                .extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text)
                        .startsWith("Modifiée le ")
                        .endsWith("par " + provider.admin().displayName() + "."));
        assertThat(field("SIRET de l’établissement qui facture").getValue()).isEqualTo("732 829 320 00074");

        // another SIREN: the VAT number that was the old SIREN's follows it
        _setValue(field("SIREN"), "404 833 048");
        assertThat(field("N° de TVA intracommunautaire").getValue()).isEqualTo("FR83404833048");
    }

    @Test
    void a_member_reads_it_without_being_able_to_change_it() {
        login(provider.member().username(), "admin/organisation");

        assertThat(field("SIREN").isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withText("Enregistrer"))).isEmpty();
        assertThat(Menu.entries()).doesNotContainKey("Identité légale");
    }

    private <T> T as(java.util.function.Supplier<T> call) {
        return TestAccounts.as(provider.admin().username(), call);
    }
}
