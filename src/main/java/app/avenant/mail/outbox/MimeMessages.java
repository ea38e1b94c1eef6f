package app.avenant.mail.outbox;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import org.springframework.mail.javamail.MimeMessageHelper;

/** The same MIME message whatever carries it: multipart/alternative (text, then HTML), UTF-8, unsubscribe headers. */
final class MimeMessages {

    private MimeMessages() {}

    static void fill(MimeMessage message, OutgoingMail mail, String from, Clock clock)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(new InternetAddress(from));
        helper.setTo(mail.to());
        helper.setSubject(mail.letter().subject());
        helper.setText(mail.letter().text(), mail.letter().html());
        helper.setSentDate(Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Avenant-Message", mail.id().toString());
        if (mail.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
    }
}
