package app.avenant.identity.ui;

import app.avenant.identity.CurrentUser;
import app.avenant.identity.Users;
import app.avenant.shared.i18n.Translations;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Avenant speaks French unless the user chose English: every new UI (each page load) takes the
 * signed-in user's saved language, else the language picked on the login page, else French. The
 * browser's Accept-Language is deliberately ignored.
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
        event.getSource().addUIInitListener(init -> apply(init.getUI(), localeFor(init.getUI().getSession())));
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
        return users.findCurrentUser()
                .map(CurrentUser::locale)
                .orElseGet(() -> chosen(session));
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
    }
}
