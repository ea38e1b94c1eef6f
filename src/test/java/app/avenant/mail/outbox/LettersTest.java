package app.avenant.mail.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.identity.InvitationLinkIssued;
import app.avenant.mail.MailTopic;
import app.avenant.mail.domain.Letter;
import app.avenant.notification.NotificationKind;
import app.avenant.notification.NotificationsForMail.Sentence;
import app.avenant.shared.i18n.Translations;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The words of the messages, without Spring: both languages, a link straight to the screen, nothing injected. */
class LettersTest {

    private static final Letters.Links LINKS =
            new Letters.Links("https://avenant.example.fr", "https://avenant.example.fr/mail/unsubscribe/abc");

    private static Sentence sentence(String text, String contract, String path) {
        return new Sentence(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                NotificationKind.COMMENT,
                text,
                contract,
                path,
                Instant.parse("2026-12-07T08:30:00Z"),
                false,
                null);
    }

    @Test
    void a_notification_in_english_names_the_contract_links_the_screen_and_says_how_to_stop() {
        Letter letter = Letters.notification(
                sentence("Léa Bernard commented on request no. 7", "AV-2026-001 — Tenue comptable", "changes/42"),
                "Claire Martin",
                MailTopic.COMMENTS,
                LINKS,
                Translations.ENGLISH);

        assertThat(letter.subject()).isEqualTo("[Avenant] Léa Bernard commented on request no. 7 — AV-2026-001");
        assertThat(letter.text())
                .contains("Hello Claire Martin,")
                .contains("Contract: AV-2026-001 — Tenue comptable")
                .contains("Open in Avenant: https://avenant.example.fr/changes/42")
                .contains("you chose \"Immediately\" for \"Comments\"")
                .contains("Stop these e-mails: https://avenant.example.fr/mail/unsubscribe/abc")
                .contains("https://avenant.example.fr/me/mail");
        assertThat(letter.html()).startsWith("<!DOCTYPE html><html lang=\"en\">");
    }

    @Test
    void a_request_is_named_by_its_title_so_it_can_be_judged_from_the_inbox() {
        Sentence about = new Sentence(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                NotificationKind.AWAITS_APPROVAL,
                "Paul Durand vous demande d’approuver la demande n°\u00a03",
                "AV-2026-001 — Tenue comptable",
                "changes/3",
                Instant.parse("2026-12-07T08:30:00Z"),
                false,
                "Volume porté à 1 100 factures");

        Letter letter = Letters.notification(about, "Claire Martin", MailTopic.TO_APPROVE, LINKS, Translations.FRENCH);

        assertThat(letter.text()).contains("Demande : « Volume porté à 1 100 factures »");
        assertThat(letter.html()).contains("Demande : « Volume porté à 1 100 factures »");
    }

    @Test
    void what_people_typed_is_text_in_the_html_never_markup() {
        Letter letter = Letters.notification(
                sentence("<script>alert(1)</script> a commenté", "AV-1 — \"Titre\" & <b>gras</b>", "changes/1"),
                "Jean <img src=x onerror=alert(1)>",
                MailTopic.COMMENTS,
                LINKS,
                Translations.FRENCH);

        assertThat(letter.html())
                .doesNotContain("<script>", "<img", "<b>gras")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;gras&lt;/b&gt;");
    }

    @Test
    void the_summary_groups_by_contract_and_counts() {
        Letter letter = Letters.digest(
                List.of(
                        sentence("Un", "AV-1 — A", "changes/1"),
                        sentence("Deux", "AV-2 — B", "changes/2"),
                        sentence("Trois", "AV-1 — A", "changes/3")),
                "Claire Martin",
                LocalDate.of(2026, 12, 7),
                LINKS,
                Translations.FRENCH);

        assertThat(letter.subject()).isEqualTo("[Avenant] Votre résumé du 07/12/2026 : 3 nouvelles");
        String text = letter.text();
        assertThat(text.indexOf("AV-1 — A")).isLessThan(text.indexOf("Un")).isLessThan(text.indexOf("Trois"));
        assertThat(text.indexOf("Trois")).isLessThan(text.indexOf("AV-2 — B"));
        assertThat(text).containsOnlyOnce("AV-1 — A\n");
    }

    @Test
    void an_invitation_says_who_invites_the_username_the_link_and_until_when() {
        Letter letter = Letters.invitation(
                new InvitationLinkIssued(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "Boulangerie Martin SARL",
                        "lise@pme.example",
                        "Lise Roux",
                        "lise.roux",
                        "Claire Martin",
                        "invitation/tok",
                        Instant.parse("2026-12-14T09:00:00Z"),
                        Translations.FRENCH),
                "https://avenant.example.fr");

        assertThat(letter.subject())
                .isEqualTo("[Avenant] Claire Martin vous invite sur Avenant (Boulangerie Martin SARL)");
        assertThat(letter.text())
                .contains("Bonjour Lise Roux,", "Votre nom d’utilisateur : lise.roux")
                .contains("https://avenant.example.fr/invitation/tok")
                .contains("jusqu’au 14/12/2026 10:00");
    }
}
