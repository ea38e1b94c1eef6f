package app.avenant.mail.outbox;

import app.avenant.shared.Sha256;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The addresses a message links to. The portal's public address is configured ({@code avenant.public-url}): a
 * message is read far from the request that caused it, so no link is ever built from a request's Host header.
 * An unsubscribe link carries a random token of its own message; only its hash is stored.
 */
@Component
public class MailLinks {

    public static final String SETTINGS_ROUTE = "me/mail";
    public static final String UNSUBSCRIBE_PREFIX = "/mail/unsubscribe/";

    private final String portal;
    private final SecureRandom random = new SecureRandom();

    MailLinks(@Value("${avenant.public-url:http://localhost:8080}") String portal) {
        this.portal = portal.endsWith("/") ? portal.substring(0, portal.length() - 1) : portal;
    }

    public String portal() {
        return portal;
    }

    /** A new token: 32 random bytes, URL-safe. */
    public String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String unsubscribeUrl(String token) {
        return portal + UNSUBSCRIBE_PREFIX + token;
    }

    public static String hash(String token) {
        return Sha256.hex(token);
    }
}
