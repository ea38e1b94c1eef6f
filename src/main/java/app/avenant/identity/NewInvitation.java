package app.avenant.identity;

/**
 * What an organisation admin types to invite a colleague: the username the account will have, the name
 * shown, and whether they will administer the organisation (no unless chosen: least privilege). A refusal
 * is a {@link UserValidationException} naming {@link NewUser#USERNAME} or {@link NewUser#DISPLAY_NAME}.
 */
public record NewInvitation(String username, String displayName, boolean organisationAdmin) {

    /** A plain member's invitation. (A factory, not a constructor: Vaadin's Binder wants the record's only one.) */
    public static NewInvitation member(String username, String displayName) {
        return new NewInvitation(username, displayName, false);
    }
}
