package app.avenant.identity.domain;

import app.avenant.identity.NewUser;
import app.avenant.identity.UserValidationException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The rules a new account must follow, each failure naming its field and a translation key. */
public final class AccountRules {

    public static final int PASSWORD_MIN_LENGTH = PasswordPolicy.MIN_LENGTH;
    public static final int PASSWORD_MAX_BYTES = PasswordPolicy.MAX_BYTES;
    public static final int DISPLAY_NAME_MAX_LENGTH = 100;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,50}");
    public static final int EMAIL_MAX_LENGTH = 254;
    // what a person types as their address (RFC 5321's common subset): no spaces, no quotes, no comments, one @, a
    // dotted domain; anything stranger is refused rather than half-understood by a mail server
    private static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private AccountRules() {}

    /** Lower-case, no surrounding spaces: the one spelling stored and looked up. */
    public static String normaliseUsername(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** Checks the fields in form order, so the first field in error is reported first. */
    public static NewUser validated(NewUser user) {
        String username = validUsername(user.username());
        String displayName = validDisplayName(user.displayName());
        String password = user.rawPassword();
        PasswordPolicy.check(password, username).ifPresent(violation -> {
            throw new UserValidationException(NewUser.RAW_PASSWORD, violation.messageKey(), violation.args());
        });
        return new NewUser(username, displayName, password, user.organisationAdmin());
    }

    /** The username normalised, or a refusal naming {@link NewUser#USERNAME}. */
    public static String validUsername(String raw) {
        String username = normaliseUsername(raw);
        if (username.isEmpty()) {
            throw new UserValidationException(NewUser.USERNAME, "identity.user.username.required");
        }
        if (!USERNAME.matcher(username).matches()) {
            throw new UserValidationException(NewUser.USERNAME, "identity.user.username.invalid");
        }
        return username;
    }

    /**
     * An e-mail address as stored: stripped, its domain lower-case; null when left blank (a person may have none).
     * A refusal names {@code field}.
     */
    public static @Nullable String validEmail(@Nullable String raw, String field) {
        String email = raw == null ? "" : raw.strip();
        if (email.isEmpty()) {
            return null;
        }
        if (email.length() > EMAIL_MAX_LENGTH || !EMAIL.matcher(email).matches()) {
            throw new UserValidationException(field, "identity.user.email.invalid");
        }
        int at = email.lastIndexOf('@');
        return email.substring(0, at) + email.substring(at).toLowerCase(Locale.ROOT);
    }

    /** The name stripped, or a refusal naming {@link NewUser#DISPLAY_NAME}. */
    public static String validDisplayName(String raw) {
        String displayName = raw.strip();
        if (displayName.isEmpty()) {
            throw new UserValidationException(NewUser.DISPLAY_NAME, "identity.user.displayName.required");
        }
        if (displayName.length() > DISPLAY_NAME_MAX_LENGTH) {
            throw new UserValidationException(
                    NewUser.DISPLAY_NAME, "identity.user.displayName.tooLong", DISPLAY_NAME_MAX_LENGTH);
        }
        return displayName;
    }
}
