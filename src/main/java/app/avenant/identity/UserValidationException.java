package app.avenant.identity;

import java.util.Arrays;

/**
 * A new account was refused because of one field. {@link #field()} is a {@link NewUser} component name
 * ({@link NewUser#USERNAME}, …) so a form can show {@link #messageKey()} (a translation key, with
 * {@link #args()}) next to that field. Nothing was stored.
 */
public class UserValidationException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public UserValidationException(String field, String messageKey, Object... args) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return Arrays.copyOf(args, args.length);
    }
}
