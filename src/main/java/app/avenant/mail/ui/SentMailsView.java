package app.avenant.mail.ui;

import app.avenant.identity.CurrentUser;
import app.avenant.identity.MailDelivery;
import app.avenant.identity.Users;
import app.avenant.mail.SentMail;
import app.avenant.mail.SentMails;
import app.avenant.shared.format.Formats;
import app.avenant.shared.ui.NarrowScreens;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Courriels envoyés", for organisation admins: every message the portal wrote to their organisation's members and
 * invitees, newest first, with what became of it (sent, written as a file, waiting for the server, not sent and
 * why), and its text. Without a mail server this is where a newcomer reads the mail. Others read that the page is
 * reserved ({@link SentMails} decides).
 */
@Route("admin/mail")
@PermitAll
public class SentMailsView extends VerticalLayout implements HasDynamicTitle {

    private final SentMails mails;

    SentMailsView(SentMails mails, Users users, MailDelivery mail) {
        this.mails = mails;
        addClassName("sent-mails-view");
        CurrentUser me = users.currentUser();
        if (!me.organisationAdmin()) {
            add(
                    new H2(getTranslation("identity.apiToken.restricted.title")),
                    new Paragraph(getTranslation("identity.apiToken.restricted.message")));
            return;
        }
        setSizeFull();
        String where = mails.whereMailGoes();
        boolean filesOnly = !mail.mailLeaves();
        add(
                new H2(getTranslation("mail.sent.title")),
                new Paragraph(getTranslation(filesOnly ? "mail.sent.intro.files" : "mail.sent.intro.smtp")),
                technical(filesOnly ? "mail.sent.technical.files" : "mail.sent.technical.smtp", where),
                new Paragraph(getTranslation("mail.sent.waiting", mails.countWaiting())),
                grid());
    }

    /** For whoever installs Avenant: where the mail goes, apart from what the gérante reads. */
    private Paragraph technical(String key, String where) {
        Paragraph technical = new Paragraph(getTranslation(key, where));
        technical.addClassName("av-hint");
        technical.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return technical;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.sent.title") + " — Avenant";
    }

    private Grid<SentMail> grid() {
        Grid<SentMail> grid = new Grid<>();
        var when = grid.addColumn(mail -> dateTime(mail.createdAt()))
                .setHeader(getTranslation("mail.sent.column.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        var recipient = grid.addComponentColumn(this::recipient)
                .setHeader(getTranslation("mail.sent.column.to"))
                .setFlexGrow(2);
        grid.addColumn(this::subject)
                .setHeader(getTranslation("mail.sent.column.subject"))
                .setFlexGrow(4);
        grid.addColumn(this::status)
                .setHeader(getTranslation("mail.sent.column.status"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::readButton)
                .setHeader(getTranslation("mail.sent.column.read"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        // on a phone: what it says, what became of it, and "Lire" (who it went to is in the message itself)
        NarrowScreens.hideOnPhones(grid, when, recipient);
        grid.setEmptyStateText(getTranslation("mail.sent.empty"));
        grid.setItems(
                query -> mails.page(query.getOffset(), query.getLimit()).stream(),
                query -> Math.toIntExact(mails.count()));
        grid.setSizeFull();
        return grid;
    }

    private Component recipient(SentMail mail) {
        Div cell = new Div();
        if (mail.recipientName() != null) {
            cell.add(new Span(mail.recipientName()));
            cell.add(new Div());
        }
        Span address = new Span(Objects.requireNonNullElse(mail.toAddress(), ""));
        address.addClassName("mail-address");
        cell.add(address);
        return cell;
    }

    /** Its subject once worded; before (or never sent), what it is about. */
    private String subject(SentMail mail) {
        if (mail.subject() != null) {
            return mail.subject();
        }
        if (!mail.readable()) {
            String about = mail.topic() != null ? getTranslation("mail.topic." + mail.topic()) : "";
            return getTranslation(
                    "mail.sent.subject.colleague", getTranslation("mail.sent.purpose." + mail.purpose()), about);
        }
        String purpose = getTranslation("mail.sent.purpose." + mail.purpose());
        String topic = mail.topic() != null ? getTranslation("mail.topic." + mail.topic()) : "";
        return getTranslation(
                "PENDING".equals(mail.status()) ? "mail.sent.subject.pending" : "mail.sent.subject.unsent",
                purpose,
                topic);
    }

    private String status(SentMail mail) {
        String note = Objects.requireNonNullElse(mail.note(), "");
        return switch (mail.status()) {
            case "PENDING" ->
                mail.attempts() == 0
                        ? getTranslation("mail.sent.status.PENDING")
                        : getTranslation("mail.sent.status.PENDING.retry", mail.attempts(), note);
            case "SENT" ->
                mail.storedAs() != null
                        ? getTranslation("mail.sent.status.SENT.file", dateTime(Objects.requireNonNull(mail.sentAt())))
                        : getTranslation("mail.sent.status.SENT", dateTime(Objects.requireNonNull(mail.sentAt())));
            case "CANCELLED" ->
                getTranslation("mail.sent.status.CANCELLED") + " : " + getTranslation("mail.sent.reason." + note);
            case "NO_ADDRESS" -> getTranslation("mail.sent.status.NO_ADDRESS");
            default -> getTranslation("mail.sent.status.FAILED", note);
        };
    }

    private Component readButton(SentMail mail) {
        Button read = new Button(getTranslation("mail.sent.read"), click -> read(mail));
        read.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        read.setEnabled(mail.readable() && mail.subject() != null);
        read.setAriaLabel(getTranslation("mail.sent.read") + " : " + Objects.requireNonNullElse(mail.subject(), ""));
        return read;
    }

    private void read(SentMail mail) {
        String text = mails.text(mail.id()).orElse("");
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(Objects.requireNonNullElse(mail.subject(), ""));
        dialog.setWidth("48rem");
        dialog.setMaxWidth("100%");
        dialog.add(new Paragraph(getTranslation("mail.sent.toLine", Objects.requireNonNullElse(mail.toAddress(), ""))));
        if (text.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("mail.sent.subject.forgotten")));
        } else {
            dialog.add(linkified(text));
        }
        Button close = new Button(getTranslation("mail.sent.close"), click -> dialog.close());
        close.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(close);
        dialog.open();
    }

    private static final Pattern URL = Pattern.compile("https?://\\S+");

    /** The message's text as written, its addresses as links the admin can follow, wrapped on a phone. */
    private static Component linkified(String text) {
        Div body = new Div();
        body.addClassName("av-mail-text");
        body.getStyle()
                .set("white-space", "pre-wrap")
                .set("overflow-wrap", "anywhere")
                .set("font-family", "inherit");
        Matcher matcher = URL.matcher(text);
        int from = 0;
        while (matcher.find()) {
            body.add(new Span(text.substring(from, matcher.start())));
            Anchor link = new Anchor(matcher.group(), matcher.group());
            link.setRouterIgnore(true);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            body.add(link);
            from = matcher.end();
        }
        body.add(new Span(text.substring(from)));
        return body;
    }

    private String dateTime(Instant at) {
        return Formats.dateTime(at, getLocale());
    }
}
