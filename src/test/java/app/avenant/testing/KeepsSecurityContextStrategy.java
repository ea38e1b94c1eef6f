package app.avenant.testing;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For tests that start the real web server ({@code RANDOM_PORT}): Vaadin makes its own strategy
 * SecurityContextHolder's when that context is ready, so the test class puts the previous one back when it
 * ends, and the tests that run after it in the same JVM see the strategy they expect.
 */
public final class KeepsSecurityContextStrategy implements BeforeAllCallback, AfterAllCallback {

    private @Nullable SecurityContextHolderStrategy before;

    @Override
    public void beforeAll(ExtensionContext context) {
        before = SecurityContextHolder.getContextHolderStrategy();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (before != null) {
            SecurityContextHolder.setContextHolderStrategy(before);
        }
    }
}
