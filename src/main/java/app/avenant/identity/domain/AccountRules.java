package app.avenant.identity.domain;

import app.avenant.identity.NewUser;
import app.avenant.identity.UserValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules a new account must follow, each failure naming its field and a translation key. */
public final class AccountRules {

    public static final int PASSWORD_MIN_LENGTH = 12;
    /** BCrypt ignores (Spring Security refuses) anything beyond 72 bytes. */
    public static final int PASSWORD_MAX_BYTES = 72;
    public static final int DISPLAY_NAME_MAX_LENGTH = 100;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,50}");

    private AccountRules() {
    }

    /** Lower-case, no surrounding spaces: the one spelling stored and looked up. */
    public static String normaliseUsername(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** Checks the fields in form order, so the first field in error is reported first. */
    public static NewUser validated(NewUser user) {
        String username = normaliseUsername(user.username());
        if (username.isEmpty()) {
            throw new UserValidationException(NewUser.USERNAME, "identity.user.username.required");
        }
        if (!USERNAME.matcher(username).matches()) {
            throw new UserValidationException(NewUser.USERNAME, "identity.user.username.invalid");
        }
        String displayName = user.displayName().strip();
        if (displayName.isEmpty()) {
            throw new UserValidationException(NewUser.DISPLAY_NAME, "identity.user.displayName.required");
        }
        if (displayName.length() > DISPLAY_NAME_MAX_LENGTH) {
            throw new UserValidationException(NewUser.DISPLAY_NAME, "identity.user.displayName.tooLong",
                    DISPLAY_NAME_MAX_LENGTH);
        }
        String password = user.rawPassword();
        if (password.codePointCount(0, password.length()) < PASSWORD_MIN_LENGTH) {
            throw new UserValidationException(NewUser.RAW_PASSWORD, "identity.user.password.tooShort",
                    PASSWORD_MIN_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            throw new UserValidationException(NewUser.RAW_PASSWORD, "identity.user.password.tooLong");
        }
        return new NewUser(username, displayName, password, user.organisationAdmin());
    }
}
