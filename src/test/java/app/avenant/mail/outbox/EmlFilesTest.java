package app.avenant.mail.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.mail.domain.Letter;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a mail server, each message is one whole .eml file a mail client opens, in a folder per day. */
class EmlFilesTest {

    @TempDir
    Path data;

    @Test
    void a_message_is_written_whole_as_a_file_a_mail_client_reads() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneId.of("Europe/Paris"));
        var files = new MailTransports.EmlFiles(data.resolve("mail"), "Avenant <no-reply@avenant.invalid>", clock);
        UUID id = UUID.randomUUID();

        String stored = files.send(new OutgoingMail(
                id,
                "claire@boulangerie.example",
                new Letter("[Avenant] Relevé à valider — 3 € d’écart", "Bonjour Claire,\n", "<p>Bonjour Claire,</p>"),
                "https://avenant.example.fr/mail/unsubscribe/abc"));

        assertThat(stored).isEqualTo("mail/2026-12-07/" + id + ".eml");
        Path file = data.resolve("mail/2026-12-07/" + id + ".eml");
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(read.getSubject()).isEqualTo("[Avenant] Relevé à valider — 3 € d’écart");
            assertThat(read.getAllRecipients()[0].toString()).isEqualTo("claire@boulangerie.example");
            assertThat(read.getHeader("List-Unsubscribe")[0])
                    .isEqualTo("<https://avenant.example.fr/mail/unsubscribe/abc>");
            assertThat(read.getContentType()).startsWith("multipart/mixed");
        }
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertThat(left)
                    .as("no half-written file left")
                    .allMatch(p -> p.toString().endsWith(".eml"));
        }
    }
}
