package app.avenant.mail;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.identity.OrganisationKind;
import app.avenant.mail.domain.Letter;
import app.avenant.mail.domain.MailMessage;
import app.avenant.mail.domain.MailMessageRepository;
import app.avenant.testing.TestAccounts;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The admin's list says what left and why, for the whole organisation, but a colleague's mail tells of contracts the
 * admin may not be a member of: only its topic shows, never its subject or words.
 */
@SpringBootTest
class SentMailsTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    SentMails mails;

    @Autowired
    MailMessageRepository messages;

    private MailMessage sentTo(UUID recipient, UUID organisation, String subject) {
        MailMessage message = MailMessage.notification(
                recipient, organisation, UUID.randomUUID(), UUID.randomUUID(), MailTopic.TO_APPROVE, Instant.now());
        message.word("x@pme.example", new Letter(subject, "Bonjour,\n" + subject, "<p>" + subject + "</p>"), null);
        message.sent(Instant.now(), null);
        return messages.save(message);
    }

    @Test
    void the_admin_reads_their_own_mail_and_only_the_topic_of_a_colleague_s() {
        var pme = accounts.newOrganisation(OrganisationKind.CLIENT);
        MailMessage mine = sentTo(pme.admin().id(), pme.organisation().id(), "[Avenant] Pour l’admin — AV-1");
        MailMessage colleague =
                sentTo(pme.member().id(), pme.organisation().id(), "[Avenant] Secret du contrat — AV-9");

        var page = as(pme.admin().username(), () -> mails.page(0, 10));

        assertThat(page).extracting(SentMail::id).containsExactlyInAnyOrder(mine.id(), colleague.id());
        assertThat(page)
                .filteredOn(m -> m.id().equals(colleague.id()))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.readable()).isFalse();
                    assertThat(m.subject()).isNull();
                    assertThat(m.topic()).isEqualTo(MailTopic.TO_APPROVE);
                    assertThat(m.status()).isEqualTo("SENT");
                });
        assertThat(as(pme.admin().username(), () -> mails.text(colleague.id()))).isEmpty();
        assertThat(as(pme.admin().username(), () -> mails.text(mine.id())))
                .hasValueSatisfying(text -> assertThat(text).contains("Pour l’admin"));
        var other = accounts.newOrganisation(OrganisationKind.PROVIDER);
        assertThat(as(other.admin().username(), () -> mails.text(mine.id()))).isEmpty();
        assertThat(as(other.admin().username(), () -> mails.page(0, 10))).isEmpty();
    }
}
