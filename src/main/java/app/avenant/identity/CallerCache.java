package app.avenant.identity;

import app.avenant.shared.RequestMemo;
import java.util.Optional;
import java.util.function.Function;

/**
 * The signed-in user as read once per request ({@link RequestMemo}): nearly every service call asks who is
 * calling, and a screen made seven such calls that each read the same row (issue 13). "Read fresh" still holds
 * from one request to the next: an admin flag or a language changed since sign-in counts at the next click.
 * Keyed by username, so code that runs as someone else for a moment ({@code RunAs}) gets that person.
 */
final class CallerCache {

    private static final String SPACE = "identity.caller";

    private CallerCache() {}

    static Optional<CurrentUser> get(String username, Function<String, Optional<CurrentUser>> read) {
        CurrentUser found =
                RequestMemo.get(SPACE, username, () -> read.apply(username).orElse(null));
        return Optional.ofNullable(found);
    }

    /** After an account changed in this request. */
    static void forget() {
        RequestMemo.forget(SPACE);
    }
}
