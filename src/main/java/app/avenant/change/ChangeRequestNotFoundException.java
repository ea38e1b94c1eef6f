package app.avenant.change;

import java.util.UUID;

/** Missing, or on a contract the caller is not a member of: the two look the same. */
public class ChangeRequestNotFoundException extends RuntimeException {

    public ChangeRequestNotFoundException(UUID id) {
        super("Change request not found: " + id);
    }
}
