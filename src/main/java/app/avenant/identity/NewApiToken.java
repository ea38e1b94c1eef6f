package app.avenant.identity;

/**
 * A token just created: {@code plaintext} is what the admin copies into their tool, returned this once
 * and never again (only its hash is stored).
 */
public record NewApiToken(ApiTokenSummary token, String plaintext) {

    /** Never let the token reach a log line through {@code toString()}. */
    @Override
    public String toString() {
        return "NewApiToken[" + token + "]";
    }
}
