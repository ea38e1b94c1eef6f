package app.avenant.mail.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.identity.Invitations;
import app.avenant.identity.NewInvitation;
import app.avenant.identity.OrganisationKind;
import app.avenant.mail.SentMail;
import app.avenant.mail.outbox.MailDispatcher;
import app.avenant.testing.ShownText;
import app.avenant.testing.TestAccounts;
import app.avenant.testing.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Courriels envoyés": without a mail server (the tests' default, like a newcomer's), the admin reads here what the
 * portal wrote as files; anyone else reads that the page is reserved.
 */
class SentMailsViewTest extends UiTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    Invitations invitations;

    @Autowired
    MailDispatcher dispatcher;

    @Test
    @SuppressWarnings("unchecked")
    void the_admin_reads_the_invitation_written_as_a_file() {
        var pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        String username = "lise-" + UUID.randomUUID().toString().substring(0, 6);
        login(pme.admin().username(), "me/mail");
        invitations.invite(new NewInvitation(username, "Lise Roux", false, username + "@pme.example"));
        dispatcher.dispatchDue();

        com.vaadin.flow.component.UI.getCurrent().navigate("admin/mail");
        SentMailsView view = _get(SentMailsView.class);
        assertThat(ShownText.of(view)).contains("Avenant n’est relié à aucune messagerie", "les invitations");
        Grid<SentMail> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        SentMail mail = GridKt._get(grid, 0);
        assertThat(mail.toAddress()).isEqualTo(username + "@pme.example");
        assertThat(mail.status()).isEqualTo("SENT");
        assertThat(mail.storedAs()).endsWith(mail.id() + ".eml");
        assertThat(mail.subject()).contains("vous invite sur Avenant");
    }

    @Test
    void a_member_who_is_not_admin_reads_that_the_page_is_reserved() {
        var pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        login(pme.member().username(), "admin/mail");

        assertThat(ShownText.of(_get(SentMailsView.class))).doesNotContain("Courriels du portail");
    }
}
