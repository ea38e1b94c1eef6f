package app.avenant.shared.ui;

import app.avenant.shared.i18n.Translations;
import com.vaadin.flow.component.UI;
import java.util.Locale;

/**
 * The words Vaadin's own parts show or read aloud — the connection indicator ("Connexion perdue…"), the
 * password fields' "show password" button — in the page's language instead of their built-in English. Set
 * once per page load (a language switch reloads the page). Texts of components the views create (date
 * pickers, the drawer toggle) are set where they are created.
 */
public final class ComponentTexts {

    /**
     * Runs in the browser: applies the texts to what is on the page and to what is added later (dialogs,
     * the login form), and to Vaadin's connection indicator once it exists.
     */
    private static final String SCRIPT = """
            const texts = { reveal: $0, reconnecting: $1, offline: $2, online: $3 };
            window.avenantComponentTexts = texts;
            const localise = (root) => {
              if (!root.querySelectorAll) return;
              const fields = root.matches && root.matches('vaadin-password-field') ? [root] : [];
              fields.concat(Array.from(root.querySelectorAll('vaadin-password-field'))).forEach((f) => {
                const t = window.avenantComponentTexts;
                if (!f.i18n || f.i18n.reveal !== t.reveal) f.i18n = Object.assign({}, f.i18n, { reveal: t.reveal });
              });
            };
            localise(document);
            if (!window.avenantComponentTextsObserver) {
              window.avenantComponentTextsObserver = new MutationObserver((records) =>
                records.forEach((r) => r.addedNodes.forEach(localise)));
              window.avenantComponentTextsObserver.observe(document.body, { childList: true, subtree: true });
            }
            const indicator = () => {
              const ci = window.Vaadin && window.Vaadin.connectionIndicator;
              if (!ci) return false;
              ci.reconnectingText = texts.reconnecting;
              ci.offlineText = texts.offline;
              ci.onlineText = texts.online;
              return true;
            };
            if (!indicator()) setTimeout(indicator, 1000);
            """;

    private ComponentTexts() {}

    @SuppressWarnings("deprecation") // still what Flow hands to the connection indicator
    public static void apply(UI ui, Locale locale) {
        String reconnecting = Translations.get(locale, "shared.connection.reconnecting");
        String offline = Translations.get(locale, "shared.connection.offline");
        ui.getReconnectDialogConfiguration().setDialogText(reconnecting);
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(offline);
        ui.getElement()
                .executeJs(
                        SCRIPT,
                        Translations.get(locale, "shared.password.reveal"),
                        reconnecting,
                        offline,
                        Translations.get(locale, "shared.connection.online"));
    }
}
