package app.avenant.document;

import app.avenant.shared.NotFoundException;
import java.util.UUID;

/** A change request the caller may not see (another contract's, another side's draft) reads as one that is not. */
public class RequestNotFoundException extends NotFoundException {

    public RequestNotFoundException(UUID changeRequestId) {
        super("Change request not found: " + changeRequestId);
    }
}
