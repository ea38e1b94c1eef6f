package app.avenant.mail.outbox;

import app.avenant.identity.MailDelivery;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Chooses how messages leave: through the SMTP server when {@code spring.mail.host} is set, otherwise as {@code .eml}
 * files under the data folder, so that the embedded default shows its mail without any server (issue 14).
 */
@Configuration
class MailTransports {

    @Bean
    MailTransport mailTransport(
            ObjectProvider<JavaMailSender> senders,
            @Value("${spring.mail.host:}") String host,
            @Value("${spring.mail.port:25}") int port,
            @Value("${avenant.mail.from:Avenant <no-reply@avenant.invalid>}") String from,
            @Value("${avenant.mail.dir:${avenant.data-dir:./data}/mail}") Path folder,
            Clock clock) {
        JavaMailSender sender = senders.getIfAvailable();
        if (!host.isBlank() && sender != null) {
            return new Smtp(sender, host + ":" + port, from, clock);
        }
        return new EmlFiles(folder, from, clock);
    }

    /** The one answer to "does mail leave?", for the screens that promise it (invitations, "Mes courriels"). */
    @Bean
    MailDelivery mailDelivery(MailTransport transport) {
        return () -> !transport.filesOnly();
    }

    /** The configured SMTP server. */
    static final class Smtp implements MailTransport {

        private final JavaMailSender sender;
        private final String server;
        private final String from;
        private final Clock clock;

        Smtp(JavaMailSender sender, String server, String from, Clock clock) {
            this.sender = sender;
            this.server = server;
            this.from = from;
            this.clock = clock;
        }

        @Override
        public @Nullable String send(OutgoingMail mail) throws MailRefused {
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessages.fill(message, mail, from, clock);
                sender.send(message);
                return null;
            } catch (MailException | MessagingException | IOException e) {
                throw new MailRefused(server + ": " + e.getMessage(), e);
            }
        }

        @Override
        public String describe() {
            return "SMTP " + server;
        }

        @Override
        public boolean filesOnly() {
            return false;
        }
    }

    /** No server: one {@code .eml} file per message, in a folder per day, written whole or not at all. */
    static final class EmlFiles implements MailTransport {

        private final Path folder;
        private final String from;
        private final Clock clock;
        private final Session session = Session.getInstance(new Properties());

        EmlFiles(Path folder, String from, Clock clock) {
            this.folder = folder.toAbsolutePath().normalize();
            this.from = from;
            this.clock = clock;
        }

        @Override
        public String send(OutgoingMail mail) throws MailRefused {
            try {
                Path day = Files.createDirectories(
                        folder.resolve(LocalDate.now(clock).toString()));
                Path file = day.resolve(mail.id() + ".eml");
                Path part = day.resolve(mail.id() + ".eml.part");
                MimeMessage message = new MimeMessage(session);
                MimeMessages.fill(message, mail, from, clock);
                message.saveChanges();
                try (OutputStream out =
                        Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)) {
                    message.writeTo(out);
                }
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return folder.getFileName() + "/" + day.getFileName() + "/" + file.getFileName();
            } catch (IOException | UncheckedIOException | MessagingException e) {
                throw new MailRefused(folder + ": " + e.getMessage(), e);
            }
        }

        @Override
        public String describe() {
            return folder.toString();
        }

        @Override
        public boolean filesOnly() {
            return true;
        }
    }
}
