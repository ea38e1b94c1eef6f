package app.avenant.identity;

/**
 * What an organisation admin types to create a colleague's account. {@link Users} normalises the
 * username to lower case and checks everything; a problem comes back as {@link UserValidationException}
 * naming one of these components.
 */
public record NewUser(String username, String displayName, String rawPassword, boolean organisationAdmin) {

    public static final String USERNAME = "username";
    public static final String DISPLAY_NAME = "displayName";
    public static final String RAW_PASSWORD = "rawPassword";

    /** Never let the password reach a log line through {@code toString()}. */
    @Override
    public String toString() {
        return "NewUser[" + username + ", " + displayName + ", admin=" + organisationAdmin + "]";
    }
}
