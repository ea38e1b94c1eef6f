package app.avenant.mail;

import static app.avenant.testing.TestAccounts.as;
import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.change.ChangeRequestEvent;
import app.avenant.contract.ContractAccess;
import app.avenant.contract.ContractFixtures;
import app.avenant.contract.ContractRole;
import app.avenant.contract.Contracts;
import app.avenant.identity.Invitations;
import app.avenant.identity.NewInvitation;
import app.avenant.identity.UserRef;
import app.avenant.mail.domain.MailMessage;
import app.avenant.mail.domain.MailMessageRepository;
import app.avenant.mail.outbox.DailyDigest;
import app.avenant.mail.outbox.MailDispatcher;
import app.avenant.notification.NotificationKind;
import app.avenant.notification.Notifications;
import app.avenant.notification.NotificationsWritten;
import app.avenant.shared.StoryTime;
import app.avenant.testing.SqlStatementCounter;
import app.avenant.testing.TestAccounts;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mail through a real SMTP server in the test JVM (GreenMail): what awaits a person reaches them at once, with a
 * link to the screen and a way to stop it; their choices hold; the rest waits for the morning's summary; nothing is
 * lost while the server is down; and nobody ever receives mail about a contract they cannot see.
 */
@SpringBootTest
class MailDeliveryTest {

    private static final int PORT = freePort();
    private static final String PORTAL = "https://avenant.example.fr";

    private static final ServerSetup SMTP = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    /** The mail server; a test that stops it starts a new one on the same port, as a restarted server would. */
    private static GreenMail smtp;

    @BeforeAll
    static void startMailServer() {
        smtp = new GreenMail(SMTP);
        smtp.start();
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
        registry.add("avenant.public-url", () -> PORTAL);
    }

    @Autowired
    TestAccounts accounts;

    @Autowired
    Contracts contracts;

    @Autowired
    ContractAccess access;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    DailyDigest digest;

    @Autowired
    MailPreferences preferences;

    @Autowired
    MailMessageRepository messages;

    @Autowired
    Invitations invitations;

    @Autowired
    Notifications notifications;

    @Autowired
    Clock clock;

    @Autowired
    SqlStatementCounter sql;

    @Test
    void a_request_to_approve_reaches_the_approver_at_once_with_a_link_to_it_and_a_way_to_stop() throws Exception {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        String client = withAddress(contract.client().admin());
        String provider = withAddress(contract.provider().admin());
        UUID request = UUID.randomUUID();

        submitted(contract.id(), request, 7, contract.client().admin().id());
        dispatcher.dispatchDue();

        assertThat(received(client))
                .as("the author is not told of their own action")
                .isEmpty();
        MimeMessage mail = single(received(provider));
        assertThat(mail.getSubject())
                .startsWith("[Avenant] ")
                .contains(contract.client().admin().displayName() + " vous demande d’approuver la demande n°\u00a07");
        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        assertThat(text)
                .contains("Bonjour " + contract.provider().admin().displayName())
                .contains(PORTAL + "/changes/" + request)
                .contains("« Immédiatement » pour « Demandes à approuver ou à réviser »");
        assertThat(html).contains("href=\"" + PORTAL + "/changes/" + request + "\"");
        String unsubscribe = mail.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribe).startsWith("<" + PORTAL + "/mail/unsubscribe/");
        assertThat(text).contains(unsubscribe.substring(1, unsubscribe.length() - 1));
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

        // the link stops that topic for that person only; an unknown link changes nothing
        assertThat(preferences.unsubscribe("x".repeat(43))).isFalse();
        assertThat(preferences.unsubscribe(token(unsubscribe))).isTrue();
        assertThat(as(contract.provider().admin().username(), preferences::mine))
                .containsEntry(MailTopic.TO_APPROVE, Delivery.NEVER)
                .containsEntry(MailTopic.STATEMENT, Delivery.IMMEDIATELY);
        submitted(contract.id(), UUID.randomUUID(), 8, contract.client().admin().id());
        dispatcher.dispatchDue();
        assertThat(received(provider)).hasSize(1);
    }

    @Test
    void each_person_chooses_per_topic_and_the_rest_waits_for_the_morning_summary() throws Exception {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        withAddress(contract.client().admin());
        String provider = withAddress(contract.provider().admin());
        UUID client = contract.client().admin().id();
        UUID request = UUID.randomUUID();
        as(
                contract.provider().admin().username(),
                () -> preferences.saveMine(Map.of(MailTopic.TO_APPROVE, Delivery.DAILY)));

        submitted(contract.id(), request, 3, client);
        commented(contract.id(), request, 3, client);
        commented(contract.id(), request, 3, client); // counted on the same unread line: one item
        dispatcher.dispatchDue();
        assertThat(received(provider))
                .as("nothing immediate: both topics are daily")
                .isEmpty();

        assertThat(digest.gather()).isPositive();
        assertThat(digest.gather())
                .as("a second run the same morning finds nothing")
                .isZero();
        dispatcher.dispatchDue();
        MimeMessage summary = single(received(provider));
        assertThat(summary.getSubject()).contains("Votre résumé du").contains("2 nouvelles");
        String text = part(summary, "text/plain");
        assertThat(text)
                .contains("Contrat de test")
                .contains("vous demande d’approuver la demande n°\u00a03")
                .contains("a commenté la demande n°\u00a03 (2 fois)");
        // "jamais" for comments: the next comment reaches nobody, not even the summary
        as(
                contract.provider().admin().username(),
                () -> preferences.saveMine(Map.of(MailTopic.COMMENTS, Delivery.NEVER)));
        commented(contract.id(), UUID.randomUUID(), 4, client);
        digest.gather();
        dispatcher.dispatchDue();
        assertThat(received(provider)).hasSize(1);
    }

    @Test
    void a_thing_to_do_done_before_its_mail_left_is_not_mailed() throws Exception {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        String provider = withAddress(contract.provider().admin());

        submitted(contract.id(), UUID.randomUUID(), 6, contract.client().admin().id());
        // seen in the bell (or approved) within the seconds before the outbox runs
        as(contract.provider().admin().username(), () -> notifications.markAllRead());
        dispatcher.dispatchDue();

        assertThat(received(provider)).isEmpty();
        boolean kept = Boolean.TRUE.equals(transaction.execute(status -> messages.findAll().stream()
                .anyMatch(m -> contract.provider().admin().id().equals(m.recipientId()))));
        assertThat(kept).as("no longer news: not kept in the outbox either").isFalse();
    }

    @Test
    void nothing_is_lost_while_the_server_is_down() throws Exception {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        String provider = withAddress(contract.provider().admin());
        // five minutes ago the server was down when the request was submitted
        Instant fiveMinutesAgo = clock.instant().minus(Duration.ofMinutes(5));
        dispatcher.dispatchDue(); // what other tests left waits no longer: the first refusal below is this one's
        smtp.stop();
        try {
            StoryTime.at(fiveMinutesAgo, clock, () -> {
                submitted(
                        contract.id(),
                        UUID.randomUUID(),
                        5,
                        contract.client().admin().id());
                dispatcher.dispatchDue();
            });
            MailMessage waiting = messageTo(contract.provider().admin().id());
            assertThat(waiting.status()).isEqualTo(MailMessage.Status.PENDING);
            assertThat(waiting.attempts()).isEqualTo(1);
            assertThat(waiting.lastError()).contains("Connection refused");
            assertThat(waiting.nextAttemptAt())
                    .as("tried again a minute later")
                    .isBetween(
                            fiveMinutesAgo.plus(Duration.ofMinutes(1)),
                            fiveMinutesAgo.plus(Duration.ofMinutes(1)).plusSeconds(30));
        } finally {
            startMailServer();
        }
        StoryTime.at(fiveMinutesAgo.plusSeconds(30), clock, () -> dispatcher.dispatchDue());
        assertThat(received(provider))
                .as("not tried again before its next attempt")
                .isEmpty();

        dispatcher.dispatchDue();
        assertThat(received(provider)).hasSize(1);
        MailMessage sent = messageTo(contract.provider().admin().id());
        assertThat(sent.status()).isEqualTo(MailMessage.Status.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
    }

    @Test
    void nobody_receives_mail_about_a_contract_they_cannot_see() throws Exception {
        var contract = new ContractFixtures(accounts, contracts).contract(1, 1);
        UserRef editor = contract.provider().member();
        accounts.contractInternals().enrol(contract.id(), editor.id(), ContractRole.PROVIDER_EDITOR, false);
        String editorAddress = withAddress(editor);
        String provider = withAddress(contract.provider().admin());
        var stranger = accounts.newOrganisation(app.avenant.identity.OrganisationKind.PROVIDER);
        String strangerAddress = withAddress(stranger.admin());
        as(editor.username(), () -> preferences.saveMine(Map.of(MailTopic.COMMENTS, Delivery.IMMEDIATELY)));
        UUID request = UUID.randomUUID();

        commented(contract.id(), request, 9, contract.client().admin().id());
        assertThat(messageTo(editor.id()).status()).isEqualTo(MailMessage.Status.PENDING);
        // the editor leaves the contract before the message leaves: it is not sent
        as(contract.provider().admin().username(), () -> access.revokeAccess(contract.id(), editor.id()));
        dispatcher.dispatchDue();

        assertThat(received(editorAddress)).isEmpty();
        assertThat(messageTo(editor.id()).status()).isEqualTo(MailMessage.Status.CANCELLED);
        assertThat(received(strangerAddress)).isEmpty();
        assertThat(received(provider))
                .as("a daily topic for the manager: nothing yet")
                .isEmpty();
        // and what happens on the contract after they left never reaches them
        commented(contract.id(), request, 9, contract.client().admin().id());
        dispatcher.dispatchDue();
        assertThat(received(editorAddress)).isEmpty();
    }

    @Test
    void an_invitation_with_an_address_is_mailed_and_its_link_is_kept_nowhere_once_sent() throws Exception {
        var pme = accounts.newOrganisation(app.avenant.identity.OrganisationKind.CLIENT);
        String username = "invitee-" + UUID.randomUUID().toString().substring(0, 8);
        String address = username + "@pme.example";
        var link = as(
                pme.admin().username(),
                () -> invitations.invite(new NewInvitation(username, "Jeanne Petit", false, " " + address + " ")));
        assertThat(link.emailedTo()).isEqualTo(address);
        dispatcher.dispatchDue();

        MimeMessage mail = single(received(address));
        assertThat(mail.getSubject()).contains(pme.admin().displayName() + " vous invite sur Avenant");
        assertThat(part(mail, "text/plain"))
                .contains("Bonjour Jeanne Petit")
                .contains("Votre nom d’utilisateur : " + username)
                .contains(PORTAL + "/" + link.path());
        assertThat(mail.getHeader("List-Unsubscribe")).isNull();
        MailMessage stored = messages.findAll().stream()
                .filter(m -> address.equals(m.toAddress()))
                .findFirst()
                .orElseThrow();
        assertThat(stored.status()).isEqualTo(MailMessage.Status.SENT);
        assertThat(stored.textBody()).isNull();
        assertThat(stored.htmlBody()).isNull();
    }

    @Test
    void queueing_an_action_s_mail_reads_as_much_for_ten_recipients_as_for_two() {
        List<NotificationsWritten.Written> two = writtenTo(2);
        List<NotificationsWritten.Written> ten = writtenTo(10);

        long readsForTwo = reads(two);
        long readsForTen = reads(ten);

        assertThat(readsForTen)
                .as("addresses, preferences, waiting messages, waiting summary items: once each per action")
                .isEqualTo(readsForTwo)
                .isLessThanOrEqualTo(4);
        long queued = transaction.execute(status -> messages.findAll().stream()
                .filter(m -> ten.stream().anyMatch(w -> w.notificationId().equals(m.notificationId())))
                .count());
        assertThat(queued)
                .as("the half to approve leave now; the comments wait for the summary")
                .isEqualTo(5);
    }

    private long reads(List<NotificationsWritten.Written> written) {
        return sql
                .record(() -> transaction.executeWithoutResult(
                        status -> events.publishEvent(new NotificationsWritten(written))))
                .stream()
                .filter(statement ->
                        statement.strip().toLowerCase(java.util.Locale.ROOT).startsWith("select"))
                .count();
    }

    /** {@code count} people with addresses: half asked to approve, half told of a comment. */
    private List<NotificationsWritten.Written> writtenTo(int count) {
        var organisation = accounts.newOrganisation(app.avenant.identity.OrganisationKind.PROVIDER);
        UUID contract = UUID.randomUUID();
        List<NotificationsWritten.Written> written = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            UserRef person = accounts.newUser(organisation.organisation(), false);
            withAddress(person);
            written.add(new NotificationsWritten.Written(
                    UUID.randomUUID(),
                    person.id(),
                    contract,
                    i % 2 == 0 ? NotificationKind.AWAITS_APPROVAL : NotificationKind.COMMENT));
        }
        return written;
    }

    // --- helpers ---

    private String withAddress(UserRef user) {
        String address = user.username() + "@" + user.id().toString().substring(0, 8) + ".example";
        transaction.executeWithoutResult(status -> accounts.userInternals().setEmail(user.id(), address));
        return address;
    }

    private void submitted(UUID contractId, UUID request, int number, UUID actor) {
        transaction.executeWithoutResult(
                status -> events.publishEvent(new ChangeRequestEvent.Submitted(contractId, request, number, actor)));
    }

    private void commented(UUID contractId, UUID request, int number, UUID actor) {
        transaction.executeWithoutResult(status ->
                events.publishEvent(new ChangeRequestEvent.Commented(contractId, request, number, actor, false)));
    }

    private MailMessage messageTo(UUID recipient) {
        return transaction.execute(status -> messages.findAll().stream()
                .filter(m -> recipient.equals(m.recipientId()))
                .findFirst()
                .orElseThrow());
    }

    private static List<MimeMessage> received(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equals(address));
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static MimeMessage single(List<MimeMessage> mails) {
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    private static String part(MimeMessage mail, String type) throws Exception {
        return find((Multipart) mail.getContent(), type);
    }

    private static String find(Multipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var body = multipart.getBodyPart(i);
            if (body.getContent() instanceof Multipart nested) {
                String found = find(nested, type);
                if (found != null) {
                    return found;
                }
            } else if (body.isMimeType(type)) {
                return (String) body.getContent();
            }
        }
        return null;
    }

    private static String token(String header) {
        Matcher matcher = Pattern.compile("/mail/unsubscribe/([A-Za-z0-9_-]+)>").matcher(header);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
