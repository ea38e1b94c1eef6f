package app.avenant.document;

/** A file that is not kept: too large, empty, or of a kind not accepted. The message key says which, for the screen. */
public class FileRefusedException extends RuntimeException {

    private final String messageKey;

    public FileRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
