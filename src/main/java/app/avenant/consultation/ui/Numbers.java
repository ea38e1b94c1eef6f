package app.avenant.consultation.ui;

import app.avenant.shared.format.AmountParser;
import app.avenant.shared.format.UnreadableNumberException;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Numbers typed the French way (« 1 250,50 ») or the English way, read by the portal's one parser: an unreadable one
 * is said under its field and read as nothing.
 */
final class Numbers {

    private Numbers() {}

    static TextField field(String label, @Nullable BigDecimal value, Locale locale) {
        TextField field = new TextField(label);
        field.setValue(value == null ? "" : AmountParser.write(value, locale));
        field.addClassName("av-num-field");
        field.addValueChangeListener(e -> field.setInvalid(false));
        return field;
    }

    static @Nullable BigDecimal read(TextField field, Locale locale) {
        try {
            return AmountParser.parse(field.getValue(), locale);
        } catch (UnreadableNumberException e) {
            field.setErrorMessage(field.getTranslation(e.messageKey(), e.args(locale)));
            field.setInvalid(true);
            return null;
        }
    }

    static @Nullable Long readWhole(TextField field, Locale locale) {
        try {
            return AmountParser.parseWhole(field.getValue(), locale);
        } catch (UnreadableNumberException e) {
            field.setErrorMessage(field.getTranslation(e.messageKey(), e.args(locale)));
            field.setInvalid(true);
            return null;
        }
    }
}
