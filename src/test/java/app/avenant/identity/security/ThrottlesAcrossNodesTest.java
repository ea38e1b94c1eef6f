package app.avenant.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.avenant.shared.cluster.ClusterBus;
import app.avenant.shared.cluster.LinkedNodes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.session.SessionRegistryImpl;

/**
 * Issue 17: behind a load balancer, an attacker's guesses are spread over the nodes; each node counts them all, so
 * a second node does not double the attempts allowed, and an account suspended on one node is signed out on all.
 */
class ThrottlesAcrossNodesTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T21:00:00Z"), ZoneOffset.UTC);
    private final LinkedNodes link = new LinkedNodes();
    private final ClusterBus nodeA = link.join("a");
    private final ClusterBus nodeB = link.join("b");

    @Test
    void five_wrong_passwords_spread_over_two_nodes_lock_the_username_on_both() {
        LoginThrottle onA = new LoginThrottle(clock, nodeA);
        LoginThrottle onB = new LoginThrottle(clock, nodeB);

        for (int i = 0; i < LoginThrottle.USERNAME_MAX_FAILURES; i++) {
            (i % 2 == 0 ? onA : onB).onFailure(wrongPassword("Claire.Martin"));
        }

        assertThat(onA.refuses("claire.martin", null)).isTrue();
        assertThat(onB.refuses("claire.martin", null)).isTrue();
    }

    @Test
    void a_success_on_one_node_clears_the_failures_counted_on_the_other() {
        LoginThrottle onA = new LoginThrottle(clock, nodeA);
        LoginThrottle onB = new LoginThrottle(clock, nodeB);
        for (int i = 0; i < LoginThrottle.USERNAME_MAX_FAILURES - 1; i++) {
            onA.onFailure(wrongPassword("claire.martin"));
        }

        onA.onSuccess(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated("claire.martin", null, List.of())));
        onB.onFailure(wrongPassword("claire.martin"));

        assertThat(onB.refuses("claire.martin", null))
                .as("one failure since the success")
                .isFalse();
        assertThat(onA.refuses("claire.martin", null)).isFalse();
    }

    @Test
    void refused_api_tokens_are_counted_across_nodes() {
        ApiTokenFailureThrottle onA = new ApiTokenFailureThrottle(clock, 10, Duration.ofMinutes(1), 100)
                .sharedThrough(nodeA, "api-token-refused");
        ApiTokenFailureThrottle onB = new ApiTokenFailureThrottle(clock, 10, Duration.ofMinutes(1), 100)
                .sharedThrough(nodeB, "api-token-refused");

        for (int i = 0; i < 10; i++) {
            (i < 5 ? onA : onB).recordFailure("203.0.113.9");
        }

        assertThat(onA.blockedFor("203.0.113.9")).isPresent();
        assertThat(onB.blockedFor("203.0.113.9")).isPresent();
        assertThat(onB.blockedFor("203.0.113.10")).isEmpty();
    }

    @Test
    void ending_an_accounts_sessions_on_one_node_ends_them_on_the_other() {
        SessionRegistryImpl registryB = new SessionRegistryImpl();
        registryB.registerNewSession("session-on-b", "lea.bernard");
        SessionRevocation onA = new SessionRevocation(new SessionRegistryImpl(), nodeA);
        new SessionRevocation(registryB, nodeB);

        assertThat(onA.endSessionsOf("lea.bernard")).as("none on node A").isZero();

        assertThat(registryB.getSessionInformation("session-on-b").isExpired()).isTrue();
    }

    private static AuthenticationFailureBadCredentialsEvent wrongPassword(String username) {
        return new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong"),
                new BadCredentialsException("Bad credentials"));
    }
}
