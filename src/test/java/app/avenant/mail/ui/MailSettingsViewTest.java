package app.avenant.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.identity.OrganisationKind;
import app.avenant.identity.Users;
import app.avenant.mail.Delivery;
import app.avenant.mail.MailPreferences;
import app.avenant.mail.MailTopic;
import app.avenant.testing.ShownText;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Mes courriels" as a person uses it: an address, then per topic when to be written to. */
class MailSettingsViewTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    MailPreferences preferences;

    @Autowired
    Users users;

    private MailSettingsView open() {
        var pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        login(pme.member().username(), "me/mail");
        return _get(MailSettingsView.class);
    }

    @Test
    void the_defaults_say_at_once_for_what_awaits_me_and_the_summary_for_the_rest() {
        MailSettingsView view = open();

        assertThat(ShownText.of(view))
                .as("no mail server in the tests, as for a newcomer: said before any choice")
                .contains("Avenant n’est pas encore relié à une messagerie");
        assertThat(view.email.getValue()).isEmpty();
        assertThat(view.missing.isVisible()).as("no address yet: said so").isTrue();
        assertThat(view.choices.get(MailTopic.TO_APPROVE).getValue()).isEqualTo(Delivery.IMMEDIATELY);
        assertThat(view.choices.get(MailTopic.STATEMENT).getValue()).isEqualTo(Delivery.IMMEDIATELY);
        assertThat(view.choices.get(MailTopic.COMMENTS).getValue()).isEqualTo(Delivery.DAILY);
        assertThat(view.choices.get(MailTopic.TO_APPROVE).getLabel()).isEqualTo("Demandes à approuver ou à réviser");
        assertThat(view.choices
                        .get(MailTopic.TO_APPROVE)
                        .getItemLabelGenerator()
                        .apply(Delivery.DAILY))
                .isEqualTo("Résumé quotidien");
    }

    @Test
    void a_wrong_address_is_refused_next_to_its_field_and_nothing_is_saved() {
        MailSettingsView view = open();
        view.email.setValue("claire martin@boulangerie");
        view.choices.get(MailTopic.COMMENTS).setValue(Delivery.NEVER);

        _click(view.save);

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).contains("Adresse e-mail non valable");
        assertThat(preferences.mine()).containsEntry(MailTopic.COMMENTS, Delivery.DAILY);
        assertThat(users.myEmail()).isEmpty();
    }

    @Test
    void an_address_and_choices_are_saved_together() {
        MailSettingsView view = open();
        view.email.setValue("  Paul.Durand@Boulangerie-Martin.FR ");
        view.choices.get(MailTopic.COMMENTS).setValue(Delivery.IMMEDIATELY);
        view.choices.get(MailTopic.DEADLINES).setValue(Delivery.NEVER);

        _click(view.save);

        assertThat(view.email.isInvalid()).isFalse();
        assertThat(view.missing.isVisible()).isFalse();
        assertThat(users.myEmail()).contains("Paul.Durand@boulangerie-martin.fr");
        assertThat(preferences.mine())
                .containsEntry(MailTopic.COMMENTS, Delivery.IMMEDIATELY)
                .containsEntry(MailTopic.DEADLINES, Delivery.NEVER)
                .containsEntry(MailTopic.TO_APPROVE, Delivery.IMMEDIATELY);
    }
}
