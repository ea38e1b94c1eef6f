package app.avenant.change;

/** Someone else revised the change request since the caller loaded it: never overwrite silently. */
public class StaleChangeRequestException extends RuntimeException {

    private final String modifiedBy;

    public StaleChangeRequestException(String modifiedBy) {
        super("Modified meanwhile by " + modifiedBy);
        this.modifiedBy = modifiedBy;
    }

    public String modifiedBy() {
        return modifiedBy;
    }
}
