package app.avenant.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * An organisation admin invited a colleague and gave the address the link goes to: published in the invitation's
 * transaction so that the mail module queues the message with it (issue 14). The path is the link's only copy
 * outside that message: it never appears in {@link #toString()}.
 *
 * @param path      {@code invitation/<token>}, relative to the portal's address
 * @param locale    the inviting admin's language, the best guess of the colleague's
 */
public record InvitationLinkIssued(
        UUID invitationId,
        UUID organisationId,
        String organisationName,
        String email,
        String displayName,
        String username,
        String invitedByName,
        String path,
        Instant expiresAt,
        Locale locale) {

    @Override
    public String toString() {
        return "InvitationLinkIssued[" + invitationId + ", " + username + ", expires " + expiresAt + "]";
    }
}
