package app.avenant.identity;

/**
 * An invitation link that cannot be accepted. {@link #messageKey()} is a translation key: the same
 * "invalid or expired link" for an unknown, expired, used or revoked link (the page tells nothing more),
 * or "username taken" when the promised username went to another account meanwhile. Nothing was stored.
 */
public class InvitationInvalidException extends RuntimeException {

    public static final String INVALID = "identity.invitation.invalid";
    public static final String USERNAME_TAKEN = "identity.invitation.usernameTaken";

    private final String messageKey;

    public InvitationInvalidException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
