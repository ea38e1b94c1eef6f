package app.avenant.identity;

import java.util.Arrays;

/**
 * A token was refused because of its name (the only thing an admin types): {@link #messageKey()} is a
 * translation key, with {@link #args()}, for the form to show next to the name field. Nothing was stored.
 */
public class ApiTokenValidationException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public ApiTokenValidationException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return Arrays.copyOf(args, args.length);
    }
}
