package app.avenant.identity.ui;

import app.avenant.identity.CurrentUser;
import app.avenant.identity.Users;
import app.avenant.shared.fault.DatabaseFault;
import app.avenant.shared.i18n.Translations;
import app.avenant.shared.ui.ComponentTexts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Avenant speaks French unless the user chose English: every new UI (each page load) takes the
 * signed-in user's saved language, else the language picked on the login page, else French. The
 * browser's Accept-Language is deliberately ignored. While the database cannot be reached, the signed-in
 * user's language last read in this session is used.
 */
@Component
class UiLocales implements VaadinServiceInitListener {

    /** In the HTTP session, so the choice survives the session id change at sign-in. */
    private static final String CHOSEN_LOCALE = UiLocales.class.getName() + ".chosen";

    private final Users users;

    UiLocales(Users users) {
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(
                        init -> apply(init.getUI(), localeFor(init.getUI().getSession())));
    }

    /** Before sign-in: remembers the visitor's choice and shows it at once. */
    static void choose(UI ui, Locale locale) {
        WrappedSession session = ui.getSession().getSession();
        Locale supported = Translations.supported(locale);
        if (session != null) {
            session.setAttribute(CHOSEN_LOCALE, supported);
        }
        apply(ui, supported);
    }

    private Locale localeFor(VaadinSession session) {
        if (!signedIn()) {
            return chosen(session); // a visitor (the login page): nothing to read, so no database needed
        }
        Optional<CurrentUser> me;
        try {
            me = users.findCurrentUser();
        } catch (RuntimeException e) {
            // Thrown here, a database fault would fail the page's bootstrap request and leave the browser on a
            // blank page with a loading bar: the page is built in the language last known instead, and the
            // view (or its error view) says that the service is unavailable.
            if (DatabaseFault.of(e).isEmpty()) {
                throw e;
            }
            return chosen(session);
        }
        me.ifPresent(user -> remember(session, user.locale()));
        return me.map(CurrentUser::locale).orElseGet(() -> chosen(session));
    }

    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    /** A signed-in user's language, kept for a page built while the database cannot be reached. */
    private static void remember(VaadinSession session, Locale locale) {
        WrappedSession wrapped = session.getSession();
        if (wrapped != null && !locale.equals(wrapped.getAttribute(CHOSEN_LOCALE))) {
            wrapped.setAttribute(CHOSEN_LOCALE, locale);
        }
    }

    private static Locale chosen(VaadinSession session) {
        WrappedSession wrapped = session.getSession();
        @Nullable Object chosen = wrapped == null ? null : wrapped.getAttribute(CHOSEN_LOCALE);
        return chosen instanceof Locale locale ? locale : Translations.FRENCH;
    }

    private static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        // screen readers and the browser's spell-checker follow the page language
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        ComponentTexts.apply(ui, locale);
    }
}
