package app.avenant.mail;

import app.avenant.identity.CurrentUser;
import app.avenant.identity.UserRef;
import app.avenant.identity.Users;
import app.avenant.mail.domain.MailMessage;
import app.avenant.mail.domain.MailMessageRepository;
import app.avenant.mail.outbox.MailTransport;
import app.avenant.shared.OffsetLimit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail of the caller's organisation, for its admins only: what left, what waits and why; the words of their own
 * messages and of the invitations. Without a mail server this is where a newcomer reads the messages the portal
 * kept.
 */
@Service
@Transactional(readOnly = true)
public class SentMails {

    private final Users users;
    private final MailMessageRepository messages;
    private final MailTransport transport;

    SentMails(Users users, MailMessageRepository messages, MailTransport transport) {
        this.users = users;
        this.messages = messages;
        this.transport = transport;
    }

    /** Newest first; two queries whatever the page (the messages, their recipients' names). */
    public List<SentMail> page(int offset, int limit) {
        CurrentUser admin = requireAdmin();
        List<MailMessage> page = messages.ofOrganisation(
                admin.organisation().id(), new OffsetLimit(Math.max(0, offset), Math.max(1, limit)));
        Map<UUID, UserRef> names = users.usersByIds(page.stream()
                .map(MailMessage::recipientId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return page.stream().map(m -> view(m, names, admin)).toList();
    }

    public long count() {
        return messages.countByOrganisationId(requireAdmin().organisation().id());
    }

    public long countWaiting() {
        return messages.countByOrganisationIdAndStatus(
                requireAdmin().organisation().id(), MailMessage.Status.PENDING);
    }

    /**
     * What a message said, as plain text: the admin's own messages and the invitations of their organisation only
     * (a colleague's mail tells of contracts the admin may not be a member of); empty otherwise, and for another
     * organisation's message as for none.
     */
    public Optional<String> text(UUID messageId) {
        CurrentUser admin = requireAdmin();
        return messages.findByIdAndOrganisationId(
                        messageId, admin.organisation().id())
                .filter(m -> readable(m, admin))
                .map(m -> Objects.requireNonNullElse(m.textBody(), ""));
    }

    /** An admin reads what was written to them, and the invitations their organisation sent. */
    private static boolean readable(MailMessage message, CurrentUser admin) {
        return message.purpose() == MailMessage.Purpose.INVITATION || admin.id().equals(message.recipientId());
    }

    /** Where mail goes: "SMTP host:port" or the folder of .eml files. */
    public String whereMailGoes() {
        requireAdmin();
        return transport.describe();
    }

    private CurrentUser requireAdmin() {
        CurrentUser me = users.currentUser();
        if (!me.organisationAdmin()) {
            throw new AccessDeniedException("Reserved to organisation admins");
        }
        return me;
    }

    /** A colleague's message shows what it is about (its topic) and what became of it, not its words. */
    private static SentMail view(MailMessage m, Map<UUID, UserRef> names, CurrentUser admin) {
        UserRef recipient = m.recipientId() != null ? names.get(m.recipientId()) : null;
        boolean readable = readable(m, admin);
        return new SentMail(
                m.id(),
                m.createdAt(),
                m.sentAt(),
                m.purpose().name(),
                m.topic(),
                m.status().name(),
                recipient != null ? recipient.displayName() : null,
                m.toAddress(),
                readable ? m.subject() : null,
                m.attempts(),
                m.lastError(),
                m.storedAs(),
                readable);
    }
}
