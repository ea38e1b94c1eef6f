package app.avenant.document;

/** A file that is not kept: too large, empty, or of a kind not accepted. The message key says which, for the screen. */
public class FileRefusedException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    /** @param arguments what the message names besides the file (the copy already kept, for a duplicate) */
    public FileRefusedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
