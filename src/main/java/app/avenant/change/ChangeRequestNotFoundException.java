package app.avenant.change;

import app.avenant.shared.NotFoundException;
import java.util.UUID;

/** Missing, or on a contract the caller is not a member of: the two look the same. */
public class ChangeRequestNotFoundException extends NotFoundException {

    public ChangeRequestNotFoundException(UUID id) {
        super("Change request not found: " + id);
    }
}
