package app.avenant.identity.security;

import app.avenant.shared.cluster.ClusterBus;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.security.web.session.HttpSessionIdChangedEvent;
import org.springframework.stereotype.Component;

/**
 * Ends a user's open sessions at once, when an admin suspends or removes the account. Every signed-in
 * session is in the {@link SessionRegistry} (Spring Security's concurrency control, unlimited sessions):
 * each is marked expired, so {@code ConcurrentSessionFilter} logs it out on its next request and sends it
 * to the login page. The HTTP session itself is also invalidated, which closes the Vaadin session and its
 * open UIs (push included) rather than waiting for the browser's next request.
 *
 * <p>To invalidate it, the live HTTP sessions are tracked by id from the servlet container's events
 * (relayed by {@code HttpSessionEventPublisher}); a session leaves the map when it is destroyed. In
 * memory, per node, like the registry itself; the other nodes are told to end theirs.
 */
@Component
public class SessionRevocation {

    private static final Logger log = LoggerFactory.getLogger(SessionRevocation.class);

    static final String TOPIC = "sessions-ended";

    private final SessionRegistry registry;
    private final Map<String, HttpSession> liveSessions = new ConcurrentHashMap<>();
    private final ClusterBus bus;

    /** The sessions of a suspended or removed account, to be ended on every node. */
    record Ended(String username) {}

    SessionRevocation(SessionRegistry registry, ClusterBus bus) {
        this.registry = registry;
        this.bus = bus;
        bus.listen(TOPIC, Ended.class, ended -> endSessionsHere(ended.username()));
    }

    /**
     * Expires and invalidates every open session of {@code username}, on this node and the others (docs/decisions/
     * 0054); returns how many there were on this node.
     */
    public int endSessionsOf(String username) {
        bus.publish(TOPIC, new Ended(username));
        return endSessionsHere(username);
    }

    private int endSessionsHere(String username) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (!username.equals(nameOf(principal))) {
                continue;
            }
            for (SessionInformation session : registry.getAllSessions(principal, false)) {
                session.expireNow();
                invalidate(session.getSessionId());
                ended++;
            }
        }
        if (ended > 0) {
            log.info("Ended {} open session(s) of {}", ended, username);
        }
        return ended;
    }

    @EventListener
    void onCreated(HttpSessionCreatedEvent event) {
        liveSessions.put(event.getSession().getId(), event.getSession());
    }

    @EventListener
    void onIdChanged(HttpSessionIdChangedEvent event) {
        HttpSession session = liveSessions.remove(event.getOldSessionId());
        if (session != null) {
            liveSessions.put(event.getNewSessionId(), session);
        }
    }

    @EventListener
    void onDestroyed(HttpSessionDestroyedEvent event) {
        liveSessions.remove(event.getId());
    }

    private void invalidate(String sessionId) {
        HttpSession session = liveSessions.remove(sessionId);
        if (session == null) {
            return;
        }
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // ended meanwhile: nothing left to do
        }
    }

    private static String nameOf(Object principal) {
        if (principal instanceof UserDetails user) {
            return user.getUsername();
        }
        if (principal instanceof Principal named) {
            return named.getName();
        }
        return String.valueOf(principal);
    }
}
