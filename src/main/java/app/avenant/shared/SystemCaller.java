package app.avenant.shared;

import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs work as the application itself (demo data at start-up, scheduled jobs), never as a user. Service
 * methods meant only for that call {@link #require()}, so a logged-in user can never reach them.
 * <p>
 * A thread-local flag rather than a system {@code Authentication}: inside a Vaadin request, Vaadin's
 * security-context strategy reads the context stored in the HTTP session before the thread's own, so
 * swapping the security context there would silently keep the signed-in user.
 */
public final class SystemCaller {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private SystemCaller() {
    }

    public static <T> T run(Supplier<T> work) {
        boolean outer = ACTIVE.get();
        ACTIVE.set(true);
        try {
            return work.get();
        } finally {
            ACTIVE.set(outer);
        }
    }

    public static void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }

    public static boolean isActive() {
        return ACTIVE.get();
    }

    public static void require() {
        if (!isActive()) {
            throw new AccessDeniedException("Reserved to the application itself");
        }
    }
}
