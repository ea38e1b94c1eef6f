package app.avenant.identity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The signed-in user as read once per HTTP request (a Vaadin round trip, an API call), or once per transaction
 * where there is no request (a push thread, a scheduled job, a test): nearly every service call asks who is
 * calling, and a screen made seven such calls that each read the same row (issue 13). "Read fresh" still holds
 * from one request to the next: an admin flag or a language changed since sign-in counts at the next click.
 * Keyed by username, so code that runs as someone else for a moment ({@code RunAs}) gets that person.
 */
final class CallerCache {

    private static final String KEY = CallerCache.class.getName();

    private CallerCache() {}

    static Optional<CurrentUser> get(String username, Function<String, Optional<CurrentUser>> read) {
        @Nullable Map<String, CurrentUser> cache = cache();
        if (cache == null) {
            return read.apply(username);
        }
        CurrentUser known = cache.get(username);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<CurrentUser> found = read.apply(username);
        found.ifPresent(user -> cache.put(username, user));
        return found;
    }

    /** After the caller changed their own account in this request. */
    static void forget() {
        @Nullable Map<String, CurrentUser> cache = cache();
        if (cache != null) {
            cache.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private static @Nullable Map<String, CurrentUser> cache() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            Object cache = request.getAttribute(KEY, RequestAttributes.SCOPE_REQUEST);
            if (cache == null) {
                cache = new HashMap<String, CurrentUser>();
                request.setAttribute(KEY, cache, RequestAttributes.SCOPE_REQUEST);
            }
            return (Map<String, CurrentUser>) cache;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Object cache = TransactionSynchronizationManager.getResource(KEY);
        if (cache == null) {
            cache = new HashMap<String, CurrentUser>();
            TransactionSynchronizationManager.bindResource(KEY, cache);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
        }
        return (Map<String, CurrentUser>) cache;
    }
}
