package app.avenant.contract.ui;

import app.avenant.contract.ContractNotFoundException;
import app.avenant.contract.ContractRuleException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * How the life-cycle dialogs take a decision: the contract's refusal goes next to the field it concerns, any other
 * one on the dialog's error line, and nothing changed.
 */
final class Decisions {

    private Decisions() {}

    /** The dialog's line for a refusal that concerns no field: hidden until there is one, read by screen readers. */
    static Span errorLine() {
        Span error = new Span();
        error.addClassName("av-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        return error;
    }

    /**
     * @param fields the field each refusal key belongs to
     * @return true when the decision was taken
     */
    static boolean take(Component host, Runnable decision, Map<String, HasValidation> fields, Span error) {
        error.setVisible(false);
        try {
            decision.run();
            return true;
        } catch (ContractRuleException e) {
            HasValidation field = fields.get(e.messageKey());
            if (field != null) {
                field.setErrorMessage(host.getTranslation(e.messageKey()));
                field.setInvalid(true);
            } else {
                show(error, host.getTranslation(e.messageKey()));
            }
        } catch (AccessDeniedException | ContractNotFoundException e) {
            show(error, host.getTranslation("contract.pilot.error.denied"));
        }
        return false;
    }

    private static void show(Span error, String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
