package app.avenant.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Signing in leaves the login page: its UI (and any other page of the session still at the login screen) is
 * closed at once rather than kept, with its components, until three missed heartbeats (about 15 minutes). A
 * session held one such orphan per sign-in (issue 13: 198 UIs for 62 sessions). The page shown after signing
 * in is a new UI; nothing of the signed-in person's pages exists yet at this moment.
 */
@Component
class LoginPageClosed {

    @EventListener
    void on(InteractiveAuthenticationSuccessEvent signedIn) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        HttpSession http = attributes.getRequest().getSession(false);
        if (http == null) {
            return;
        }
        for (String name : Collections.list(http.getAttributeNames())) {
            if (http.getAttribute(name) instanceof VaadinSession vaadin) {
                vaadin.access(() -> List.copyOf(vaadin.getUIs()).forEach(UI::close));
            }
        }
    }
}
