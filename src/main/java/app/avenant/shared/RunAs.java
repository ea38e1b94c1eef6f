package app.avenant.shared;

import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs service calls as a given person on a thread that is not theirs (a calendar feed fetched with a token, a bell
 * re-counted off its screen's thread): the services check that person's rights as on any of their requests, and the
 * thread's own context is put back afterwards.
 */
public final class RunAs {

    private RunAs() {}

    public static <T> T call(SecurityContext context, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
