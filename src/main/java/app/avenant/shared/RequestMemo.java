package app.avenant.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What one HTTP request (a Vaadin round trip, an API call) has already read, for reads that every service call
 * of a screen repeats: who is calling, their role on the contract. A screen made a dozen service calls, each
 * checking the caller and their right on the contract again with the same statements (issue 13). Kept in the
 * request, or in the transaction where there is no request (a push thread, a scheduled job), and nowhere else:
 * the next click reads afresh, so a right withdrawn meanwhile counts at once. Writers that change what is
 * remembered {@link #forget} their space.
 */
public final class RequestMemo {

    private static final String KEY = RequestMemo.class.getName();

    private RequestMemo() {}

    /** The value remembered under {@code space} and {@code key}, or {@code read}'s (remembered unless null). */
    @SuppressWarnings("unchecked")
    public static <V> V get(String space, Object key, Supplier<V> read) {
        @Nullable Map<String, Map<Object, Object>> memo = memo();
        if (memo == null) {
            return read.get();
        }
        Map<Object, Object> values = memo.computeIfAbsent(space, s -> new HashMap<>());
        Object known = values.get(key);
        if (known != null) {
            return (V) known;
        }
        V value = read.get();
        if (value != null) {
            values.put(key, value);
        }
        return value;
    }

    /** Remembers {@code value} under {@code space} and {@code key} for the rest of the request. */
    public static void put(String space, Object key, Object value) {
        @Nullable Map<String, Map<Object, Object>> memo = memo();
        if (memo != null) {
            memo.computeIfAbsent(space, s -> new HashMap<>()).put(key, value);
        }
    }

    /** After a write that changes what {@code space} remembers: the rest of the request reads it again. */
    public static void forget(String space) {
        @Nullable Map<String, Map<Object, Object>> memo = memo();
        if (memo != null) {
            memo.remove(space);
        }
    }

    @SuppressWarnings("unchecked")
    private static @Nullable Map<String, Map<Object, Object>> memo() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            Object memo = request.getAttribute(KEY, RequestAttributes.SCOPE_REQUEST);
            if (memo == null) {
                memo = new HashMap<String, Map<Object, Object>>();
                request.setAttribute(KEY, memo, RequestAttributes.SCOPE_REQUEST);
            }
            return (Map<String, Map<Object, Object>>) memo;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Object memo = TransactionSynchronizationManager.getResource(KEY);
        if (memo == null) {
            memo = new HashMap<String, Map<Object, Object>>();
            TransactionSynchronizationManager.bindResource(KEY, memo);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
        }
        return (Map<String, Map<Object, Object>>) memo;
    }
}
