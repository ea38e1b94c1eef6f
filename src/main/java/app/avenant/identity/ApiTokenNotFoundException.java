package app.avenant.identity;

import java.util.UUID;

/** No token of that id in the caller's organisation (a token of another organisation is not found either). */
public class ApiTokenNotFoundException extends RuntimeException {

    public ApiTokenNotFoundException(UUID tokenId) {
        super("No API token " + tokenId);
    }
}
