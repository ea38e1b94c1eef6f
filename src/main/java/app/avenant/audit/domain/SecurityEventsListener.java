package app.avenant.audit.domain;

import app.avenant.audit.AuditAction;
import app.avenant.identity.UserRef;
import app.avenant.identity.internal.UsersForModules;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Sign-ins, failed sign-ins and sign-outs, from the events Spring Security publishes (Spring Boot declares
 * the {@code DefaultAuthenticationEventPublisher} the form login's authentication manager uses; logout
 * publishes {@link LogoutSuccessEvent} by default). There is no transaction to wait for: appended at once.
 */
@Component
class SecurityEventsListener {

    private final AuditRecorder recorder;
    private final UsersForModules users;
    private final Clock clock;

    SecurityEventsListener(AuditRecorder recorder, UsersForModules users, Clock clock) {
        this.recorder = recorder;
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        recordAs(AuditAction.LOGIN_SUCCEEDED, event.getAuthentication());
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        recordAs(AuditAction.LOGOUT, event.getAuthentication());
    }

    /**
     * The actor is unknown: only the username typed is kept, as details (with the reason), whether or not
     * such an account exists.
     */
    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String attempted = event.getAuthentication().getName();
        recorder.now(new NewAuditEntry(
                clock.instant(),
                null,
                "",
                null,
                null,
                AuditAction.LOGIN_FAILED,
                "username=" + attempted + " reason="
                        + event.getException().getClass().getSimpleName()));
    }

    private void recordAs(AuditAction action, Authentication authentication) {
        Optional<UserRef> user = users.findUserByUsername(authentication.getName());
        if (user.isPresent()) {
            recorder.now(action, user.get().id(), null, "");
        } else {
            recorder.now(new NewAuditEntry(clock.instant(), null, authentication.getName(), null, null, action, ""));
        }
    }
}
