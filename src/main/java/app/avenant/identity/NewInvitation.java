package app.avenant.identity;

/**
 * What an organisation admin types to invite a colleague: the username the account will have, the name
 * shown, and whether they will administer the organisation (no unless chosen: least privilege). A refusal
 * is a {@link UserValidationException} naming {@link NewUser#USERNAME} or {@link NewUser#DISPLAY_NAME}.
 */
public record NewInvitation(String username, String displayName, boolean organisationAdmin) {

    /** A plain member's invitation. */
    public NewInvitation(String username, String displayName) {
        this(username, displayName, false);
    }
}
