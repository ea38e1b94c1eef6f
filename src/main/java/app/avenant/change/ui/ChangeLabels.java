package app.avenant.change.ui;

import app.avenant.change.ChangeRequestStatus;
import app.avenant.change.ChangeRuleException;
import app.avenant.contract.Side;
import app.avenant.contract.terms.ObjectiveKind;
import com.vaadin.flow.component.Component;

/**
 * Translations the change screens share. Statuses and rule errors come from the change module's bundle
 * ({@code change.status.*}, {@code change.error.*}); sides, objectives, versions and "Contrat introuvable"
 * reuse the contract screens' keys so both modules say the same thing.
 */
final class ChangeLabels {

    private ChangeLabels() {
    }

    static String status(Component c, ChangeRequestStatus status) {
        return c.getTranslation("change.status." + status.name());
    }

    static String side(Component c, Side side) {
        return c.getTranslation("contract.side." + side.name());
    }

    static String objective(Component c, ObjectiveKind kind) {
        return c.getTranslation("terms.objectiveKind." + kind.name());
    }

    static String version(Component c, int number) {
        // version 0 is the empty terms a new contract is drafted from
        if (number == 0) {
            return c.getTranslation("contract.version.none");
        }
        return c.getTranslation("contract.version", String.valueOf(number));
    }

    /** "CR-7" style number shown everywhere: "n° 7". */
    static String number(Component c, int number) {
        return c.getTranslation("changeui.number", String.valueOf(number));
    }

    /** A refusal of the service, in the user's language, with its arguments. */
    static String error(Component c, ChangeRuleException e) {
        return translatedOr(c, e.messageKey(), c.getTranslation("changeui.error.refused"), e.args().toArray());
    }

    /**
     * The translation of {@code key}, or {@code fallback} when the bundles lack it (the provider answers a
     * missing key with the key itself, decorated).
     */
    static String translatedOr(Component c, String key, String fallback, Object... args) {
        String text = c.getTranslation(key, args);
        return text == null || text.isBlank() || text.contains(key) ? fallback : text;
    }
}
