package app.avenant.identity.security;

import app.avenant.identity.domain.AccountRules;
import app.avenant.shared.cluster.ClusterBus;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Brute-force protection of the login form: a username is locked for {@link #USERNAME_LOCKOUT} after
 * {@link #USERNAME_MAX_FAILURES} failures within {@link #USERNAME_WINDOW}, and a client address is held
 * back after {@link #ADDRESS_MAX_FAILURES} failures within {@link #ADDRESS_WINDOW} (someone trying many
 * usernames). Failures and successes arrive as Spring Security's authentication events (unknown usernames,
 * wrong passwords, suspended accounts alike); {@link LoginLockoutFilter} refuses a locked attempt before
 * any password is checked, with the very answer of a wrong password.
 *
 * <p>The counts live in each node's memory (see {@link LoginAttempts}); with several nodes, each counts the
 * failures of all, told through the cluster bus (docs/decisions/0054), so that a second node does not double the
 * attempts allowed. Behind a reverse
 * proxy the client address is the one the proxy sends in X-Forwarded-For ({@code server.forward-headers-strategy}
 * is {@code native}: Tomcat believes it from loopback and private addresses only), else every user would share
 * the proxy's address count.
 */
@Component
class LoginThrottle {

    static final int USERNAME_MAX_FAILURES = 5;
    static final Duration USERNAME_WINDOW = Duration.ofMinutes(15);
    static final Duration USERNAME_LOCKOUT = Duration.ofMinutes(15);
    static final int ADDRESS_MAX_FAILURES = 30;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    static final Duration ADDRESS_LOCKOUT = Duration.ofMinutes(15);
    /** Usernames or addresses remembered at most (a few megabytes at worst). */
    static final int MAX_KEYS = 10_000;
    /** Longer "usernames" are cut: none exists beyond 50 characters, and memory stays bounded. */
    private static final int MAX_KEY_LENGTH = 60;

    static final String FAILED = "login-failed";
    static final String SUCCEEDED = "login-succeeded";

    private final LoginAttempts byUsername;
    private final LoginAttempts byAddress;
    private final ClusterBus bus;

    /** A failed sign-in on another node: counted here too, so nodes do not multiply the attempts allowed. */
    record Failed(@Nullable String username, @Nullable String address) {}

    /** A sign-in that succeeded on another node: that username's failures no longer count here either. */
    record Succeeded(String username) {}

    LoginThrottle(Clock clock, ClusterBus bus) {
        this.byUsername = new LoginAttempts(clock, USERNAME_MAX_FAILURES, USERNAME_WINDOW, USERNAME_LOCKOUT, MAX_KEYS);
        this.byAddress = new LoginAttempts(clock, ADDRESS_MAX_FAILURES, ADDRESS_WINDOW, ADDRESS_LOCKOUT, MAX_KEYS);
        this.bus = bus;
        bus.listen(FAILED, Failed.class, failed -> count(failed.username(), failed.address()));
        bus.listen(SUCCEEDED, Succeeded.class, succeeded -> byUsername.recordSuccess(succeeded.username()));
    }

    /** Whether a sign-in as {@code username} from {@code address} must be refused without looking further. */
    boolean refuses(@Nullable String username, @Nullable String address) {
        return (username != null && byUsername.isLocked(key(username)))
                || (address != null && byAddress.isLocked(address));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String username = attempt.getName() == null ? null : key(attempt.getName());
        String address = addressOf(attempt);
        count(username, address);
        bus.publish(FAILED, new Failed(username, address));
    }

    private void count(@Nullable String username, @Nullable String address) {
        if (username != null) {
            byUsername.recordFailure(username);
        }
        if (address != null) {
            byAddress.recordFailure(address);
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        // the address keeps its count: one valid account must not let its owner guess others' passwords
        String username = key(event.getAuthentication().getName());
        byUsername.recordSuccess(username);
        bus.publish(SUCCEEDED, new Succeeded(username));
    }

    private static String key(String username) {
        String normalised = AccountRules.normaliseUsername(username);
        return normalised.length() > MAX_KEY_LENGTH ? normalised.substring(0, MAX_KEY_LENGTH) : normalised;
    }

    private static @Nullable String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
