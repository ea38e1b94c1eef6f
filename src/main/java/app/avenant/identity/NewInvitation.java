package app.avenant.identity;

/**
 * What an organisation admin types to invite a colleague: the username the account will have, the name
 * shown, and whether they will administer the organisation (no unless chosen: least privilege). A refusal
 * is a {@link UserValidationException} naming {@link NewUser#USERNAME} or {@link NewUser#DISPLAY_NAME}.
 */
public record NewInvitation(String username, String displayName, boolean organisationAdmin, String email) {

    /** The address the link is sent to by e-mail, blank when the admin passes it on by hand. */
    public static final String EMAIL = "email";

    /** A plain member's invitation. (A factory, not a constructor: Vaadin's Binder wants the record's only one.) */
    public static NewInvitation member(String username, String displayName) {
        return new NewInvitation(username, displayName, false, "");
    }

    /** An invitation with no e-mail: its link is passed on by hand. */
    public static NewInvitation of(String username, String displayName, boolean organisationAdmin) {
        return new NewInvitation(username, displayName, organisationAdmin, "");
    }
}
