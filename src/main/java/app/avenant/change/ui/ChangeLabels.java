package app.avenant.change.ui;

import app.avenant.change.ChangeRequestStatus;
import app.avenant.change.ChangeRuleException;
import app.avenant.contract.ui.Labels;
import com.vaadin.flow.component.Component;

/**
 * The change module's own words: statuses and rule errors from its bundle ({@code change.status.*},
 * {@code change.error.*}) and request numbers. Sides, objectives and versions are the contract screens'
 * {@link Labels}, so both modules say the same thing.
 */
final class ChangeLabels {

    private ChangeLabels() {}

    static String status(Component c, ChangeRequestStatus status) {
        return c.getTranslation("change.status." + status.name());
    }

    /** "CR-7" style number shown everywhere: "n° 7". */
    static String number(Component c, int number) {
        return c.getTranslation("changeui.number", String.valueOf(number));
    }

    /** A refusal of the service, in the user's language, with its arguments. */
    static String error(Component c, ChangeRuleException e) {
        return Labels.translatedOr(
                c,
                e.messageKey(),
                c.getTranslation("changeui.error.refused"),
                e.args().toArray());
    }
}
