package app.avenant.mail.web;

import app.avenant.mail.MailPreferences;
import app.avenant.mail.outbox.MailLinks;
import app.avenant.shared.i18n.Translations;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The unsubscribe link of a message, opened without signing in (the link is the credential, and it can only stop
 * mail). Opening it only asks; the button posts, so that a mail scanner following links unsubscribes nobody. A mail
 * client's one-click unsubscribe (RFC 8058) posts to the same address. An unknown link gets the same 404 whatever it
 * is.
 */
@RestController
class Unsubscribe {

    private static final String PATH = MailLinks.UNSUBSCRIBE_PREFIX + "{token}";

    private final MailPreferences preferences;

    Unsubscribe(MailPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping(PATH)
    ResponseEntity<String> ask(@PathVariable String token) {
        Optional<MailPreferences.Unsubscribe> offer = preferences.unsubscribeOffer(token);
        if (offer.isEmpty()) {
            return unknown();
        }
        Locale l = offer.get().locale();
        String topics = offer.get().topics().stream()
                .map(topic -> Translations.get(l, "mail.topic." + topic))
                .collect(Collectors.joining(", "));
        String address = "<p>"
                + esc(Translations.get(
                        l, "mail.unsubscribe.address", offer.get().address())) + "</p>";
        if (offer.get().nothingLeftToStop()) {
            return page(
                    HttpStatus.OK,
                    l,
                    "<h1>" + esc(Translations.get(l, "mail.unsubscribe.done.title")) + "</h1>" + address + "<p>"
                            + esc(Translations.get(l, "mail.unsubscribe.already")) + "</p><p>" + settingsLink(l)
                            + "</p>");
        }
        String body = "<h1>" + esc(Translations.get(l, "mail.unsubscribe.title")) + "</h1>" + address + "<p>"
                + esc(Translations.get(l, "mail.unsubscribe.ask", topics))
                + "</p><form method=\"post\"><button type=\"submit\">"
                + esc(Translations.get(l, "mail.unsubscribe.confirm")) + "</button></form><p>"
                + settingsLink(l) + "</p>";
        return page(HttpStatus.OK, l, body);
    }

    @PostMapping(PATH)
    ResponseEntity<String> stop(@PathVariable String token) {
        Optional<MailPreferences.Unsubscribe> offer = preferences.unsubscribeOffer(token);
        if (offer.isEmpty() || !preferences.unsubscribe(token)) {
            return unknown();
        }
        Locale l = offer.get().locale();
        String body = "<h1>" + esc(Translations.get(l, "mail.unsubscribe.done.title")) + "</h1><p>"
                + esc(Translations.get(l, "mail.unsubscribe.done")) + "</p><p>" + settingsLink(l) + "</p>";
        return page(HttpStatus.OK, l, body);
    }

    /** A link cut short in a mail client (no token at all): the same "not found", never the router's own page. */
    @GetMapping({"/mail/unsubscribe", MailLinks.UNSUBSCRIBE_PREFIX})
    ResponseEntity<String> cutShort() {
        return unknown();
    }

    private static ResponseEntity<String> unknown() {
        Locale l = Translations.FRENCH;
        return page(
                HttpStatus.NOT_FOUND,
                l,
                "<h1>" + esc(Translations.get(l, "mail.unsubscribe.unknown.title")) + "</h1><p>"
                        + esc(Translations.get(l, "mail.unsubscribe.unknown")) + "</p><p>" + settingsLink(l) + "</p>");
    }

    private static String settingsLink(Locale l) {
        return "<a href=\"/" + MailLinks.SETTINGS_ROUTE + "\">" + esc(Translations.get(l, "mail.footer.settings"))
                + "</a>";
    }

    private static ResponseEntity<String> page(HttpStatus status, Locale l, String body) {
        String html = "<!DOCTYPE html><html lang=\"" + l.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Avenant</title>"
                + "<style>body{font-family:Arial,Helvetica,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;"
                + "line-height:1.5;color:#1a1a1a}button{font-size:1rem;padding:.6rem 1.2rem;background:#1565c0;"
                + "color:#fff;border:none;border-radius:4px;cursor:pointer}a{color:#1565c0}</style></head><body>"
                + body + "</body></html>";
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .body(html);
    }

    private static String esc(String words) {
        return HtmlUtils.htmlEscape(words, "UTF-8");
    }
}
