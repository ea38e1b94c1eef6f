package app.avenant.mail.outbox;

import app.avenant.consultation.ConsultationNews;
import app.avenant.identity.InvitationLinkIssued;
import app.avenant.mail.Delivery;
import app.avenant.mail.MailTopic;
import app.avenant.mail.domain.Letter;
import app.avenant.notification.NotificationsForMail.Sentence;
import app.avenant.shared.format.Formats;
import app.avenant.shared.i18n.Translations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * The words of every message, in the reader's language, as plain text and as simple HTML that any mail client shows
 * (inline styles, no images, no scripts): who did what, on which contract, a link straight to the screen, and at the
 * foot why the message came and how to stop it. Plain Java: tests read the letters without Spring.
 */
public final class Letters {

    private static final int SUBJECT_LENGTH = 160;

    private Letters() {}

    /** Where links lead: the portal's public address, and this message's unsubscribe link (null: none). */
    public record Links(String portal, @Nullable String unsubscribe) {

        String to(String path) {
            return portal + "/" + (path.startsWith("/") ? path.substring(1) : path);
        }
    }

    /** One notification, sent immediately. */
    public static Letter notification(Sentence sentence, String readerName, MailTopic topic, Links links, Locale l) {
        String subject = subject(
                sentence.contractName().isBlank()
                        ? sentence.text()
                        : sentence.text() + " — " + reference(sentence.contractName()));
        String url = links.to(sentence.path());
        String contract = Translations.get(l, "mail.contract", sentence.contractName());
        String why = Translations.get(
                l,
                "mail.footer.why",
                Translations.get(l, "mail.delivery." + Delivery.IMMEDIATELY),
                Translations.get(l, "mail.topic." + topic));
        String title = sentence.requestTitle() == null
                ? null
                : Translations.get(l, "mail.request.title", sentence.requestTitle());
        StringBuilder text = new StringBuilder()
                .append(Translations.get(l, "mail.greeting", readerName))
                .append("\n\n")
                .append(sentence.text())
                .append('\n');
        if (title != null) {
            text.append(title).append('\n');
        }
        text.append(contract)
                .append("\n\n")
                .append(labelled(l, Translations.get(l, "mail.open"), url))
                .append('\n');
        StringBuilder html = htmlStart(l)
                .append(p(Translations.get(l, "mail.greeting", readerName)))
                .append("<p style=\"font-size:16px;margin:16px 0 4px\"><strong>")
                .append(esc(sentence.text()))
                .append("</strong></p>")
                .append(title == null ? "" : p(title))
                .append(p(contract))
                .append(button(url, Translations.get(l, "mail.open")));
        footer(text, html, why, links, l);
        return new Letter(subject, text.toString(), html.append(htmlEnd()).toString());
    }

    /** The daily summary: every notification gathered since the last one, by contract, oldest first. */
    public static Letter digest(List<Sentence> sentences, String readerName, LocalDate day, Links links, Locale l) {
        String subject = subject(Translations.get(
                l,
                "mail.digest.subject",
                Formats.date(day, l),
                Translations.get(l, "mail.digest.count", sentences.size())));
        Map<String, List<Sentence>> byContract = new LinkedHashMap<>();
        for (Sentence sentence : sentences) {
            byContract
                    .computeIfAbsent(sentence.contractName(), k -> new ArrayList<>())
                    .add(sentence);
        }
        StringBuilder text = new StringBuilder()
                .append(Translations.get(l, "mail.greeting", readerName))
                .append("\n\n")
                .append(Translations.get(l, "mail.digest.intro"))
                .append('\n');
        StringBuilder html = htmlStart(l)
                .append(p(Translations.get(l, "mail.greeting", readerName)))
                .append(p(Translations.get(l, "mail.digest.intro")));
        byContract.forEach((contract, items) -> {
            text.append('\n').append(contract).append('\n');
            html.append("<h3 style=\"font-size:15px;margin:18px 0 6px\">")
                    .append(esc(contract))
                    .append("</h3><ul style=\"padding-left:20px;margin:0\">");
            for (Sentence item : items) {
                String url = links.to(item.path());
                String when = Formats.dateTime(item.at(), l);
                String said = item.requestTitle() == null
                        ? item.text()
                        : Translations.get(l, "mail.digest.withTitle", item.text(), item.requestTitle());
                text.append("- ")
                        .append(when)
                        .append(" — ")
                        .append(said)
                        .append("\n  ")
                        .append(url)
                        .append('\n');
                html.append("<li style=\"margin:4px 0\">")
                        .append(esc(when))
                        .append(" — <a href=\"")
                        .append(esc(url))
                        .append("\">")
                        .append(esc(said))
                        .append("</a></li>");
            }
            html.append("</ul>");
        });
        String why = Translations.get(l, "mail.footer.digest");
        footer(text, html, why, links, l);
        return new Letter(subject, text.toString(), html.append(htmlEnd()).toString());
    }

    /**
     * A consultation's news to a provider: invited to answer, chosen, not chosen, closed without a choice. It names the
     * consulting PME and the consultation, never the other providers.
     */
    public static Letter consultation(ConsultationNews news, String readerName, String portal, Locale l) {
        String kind = news.kind().name();
        String url = new Links(portal, null).to(news.path());
        String said = Translations.get(
                l,
                "mail.consultation." + kind,
                news.otherParty(),
                news.title(),
                news.answerBy() == null ? "" : Formats.date(news.answerBy(), l));
        String subject =
                subject(Translations.get(l, "mail.consultation.subject." + kind, news.otherParty(), news.title()));
        String action = Translations.get(l, "mail.open");
        String why = Translations.get(
                l,
                news.kind() == ConsultationNews.Kind.OFFER_RECEIVED
                        ? "mail.consultation.why.pme"
                        : "mail.consultation.why");
        String text = Translations.get(l, "mail.greeting", readerName) + "\n\n" + said + "\n\n"
                + labelled(l, action, url) + "\n\n—\n" + why + "\n";
        String html = htmlStart(l)
                .append(p(Translations.get(l, "mail.greeting", readerName)))
                .append("<p style=\"font-size:16px;margin:16px 0 4px\"><strong>")
                .append(esc(said))
                .append("</strong></p>")
                .append(button(url, action))
                .append(small(why))
                .append(htmlEnd())
                .toString();
        return new Letter(subject, text, html);
    }

    /** An invitation: who invites, to which organisation, the username, the link and until when it works. */
    public static Letter invitation(InvitationLinkIssued invitation, String portal) {
        Locale l = invitation.locale();
        String url = new Links(portal, null).to(invitation.path());
        String subject = subject(Translations.get(
                l, "mail.invitation.subject", invitation.invitedByName(), invitation.organisationName()));
        String intro =
                Translations.get(l, "mail.invitation.intro", invitation.invitedByName(), invitation.organisationName());
        String username = Translations.get(l, "mail.invitation.username", invitation.username());
        String expires = Translations.get(l, "mail.invitation.expires", Formats.dateTime(invitation.expiresAt(), l));
        String action = Translations.get(l, "mail.invitation.open");
        String text = Translations.get(l, "mail.greeting", invitation.displayName()) + "\n\n" + intro + "\n"
                + username + "\n\n" + labelled(l, action, url) + "\n\n" + expires + "\n\n—\n"
                + Translations.get(l, "mail.invitation.notYou") + "\n";
        String html = htmlStart(l)
                .append(p(Translations.get(l, "mail.greeting", invitation.displayName())))
                .append(p(intro))
                .append(p(username))
                .append(button(url, action))
                .append(p(expires))
                .append(small(Translations.get(l, "mail.invitation.notYou")))
                .append(htmlEnd())
                .toString();
        return new Letter(subject, text, html);
    }

    private static void footer(StringBuilder text, StringBuilder html, String why, Links links, Locale l) {
        String settings = links.to(MailLinks.SETTINGS_ROUTE);
        text.append("\n—\n").append(why).append('\n');
        if (links.unsubscribe() != null) {
            text.append(labelled(l, Translations.get(l, "mail.footer.unsubscribe"), links.unsubscribe()))
                    .append('\n');
        }
        text.append(labelled(l, Translations.get(l, "mail.footer.settings"), settings))
                .append('\n');
        StringBuilder foot = new StringBuilder(esc(why)).append("<br>");
        if (links.unsubscribe() != null) {
            foot.append(link(links.unsubscribe(), Translations.get(l, "mail.footer.unsubscribe")))
                    .append(" · ");
        }
        foot.append(link(settings, Translations.get(l, "mail.footer.settings")));
        html.append("<hr style=\"border:none;border-top:1px solid #ddd;margin:24px 0 8px\">")
                .append("<p style=\"font-size:12px;color:#555\">")
                .append(foot)
                .append("</p>");
    }

    /** "Ouvrir dans Avenant : https://…" in French, "Open in Avenant: https://…" in English. */
    private static String labelled(Locale l, String label, String value) {
        return Translations.get(l, "mail.labelled", label, value);
    }

    /** "AV-2026-001" out of "AV-2026-001 — Tenue comptable", for a subject that stays short. */
    private static String reference(String contractName) {
        int dash = contractName.indexOf(" — ");
        return dash > 0 ? contractName.substring(0, dash) : contractName;
    }

    private static String subject(String words) {
        String oneLine = words.replaceAll("\\s+", " ").strip();
        String subject = "[Avenant] " + oneLine;
        return subject.length() > SUBJECT_LENGTH ? subject.substring(0, SUBJECT_LENGTH - 1) + "…" : subject;
    }

    private static StringBuilder htmlStart(Locale l) {
        return new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(l.getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width\">")
                .append("</head><body style=\"font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;")
                .append("max-width:600px;margin:0 auto;padding:16px;line-height:1.45\">");
    }

    private static String htmlEnd() {
        return "</body></html>";
    }

    private static String p(String words) {
        return "<p style=\"margin:8px 0\">" + esc(words) + "</p>";
    }

    private static String small(String words) {
        return "<p style=\"font-size:12px;color:#555;margin-top:24px\">" + esc(words) + "</p>";
    }

    private static String button(String url, String label) {
        return "<p style=\"margin:20px 0\"><a href=\"" + esc(url) + "\" style=\"background:#1565c0;color:#fff;"
                + "padding:10px 18px;border-radius:4px;text-decoration:none;display:inline-block\">" + esc(label)
                + "</a></p><p style=\"font-size:12px;color:#555;word-break:break-all\">" + esc(url) + "</p>";
    }

    private static String link(String url, String label) {
        return "<a href=\"" + esc(url) + "\" style=\"color:#1565c0\">" + esc(label) + "</a>";
    }

    private static String esc(String words) {
        return HtmlUtils.htmlEscape(words, "UTF-8");
    }
}
