package app.avenant.shared.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A text limit shown as a counter under the field ("37 / 200") rather than enforced by the browser's
 * {@code maxlength}, which cuts pasted text without a word (docs/decisions/0022). Over the limit the field
 * says by how much; the service refuses the text on save, it never shortens it.
 */
public final class TextLimit {

    private static final String TOO_LONG = "av-text-too-long";

    private TextLimit() {}

    /** Counts as the person types; {@code hint} (possibly empty) stays in front of the counter. */
    public static void attach(TextFieldBase<?, String> field, int max, String hint) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addClassName("av-counted");
        show(field, max, hint);
        field.addValueChangeListener(e -> show(field, max, hint));
    }

    /** True when the text, as it will be saved (stripped), is over the limit. */
    public static boolean tooLong(TextFieldBase<?, String> field, int max) {
        return field.getValue().strip().length() > max;
    }

    /** The message of a field over its limit: "Trop long : 237 caractères pour 200 au maximum." */
    public static String message(TextFieldBase<?, String> field, int max) {
        return field.getTranslation(
                "shared.text.tooLong", field.getValue().strip().length(), max);
    }

    private static void show(TextFieldBase<?, String> field, int max, String hint) {
        int length = field.getValue().strip().length();
        String counter = length + " / " + max;
        field.setHelperText(hint.isBlank() ? counter : hint + " — " + counter);
        if (length > max) {
            field.setErrorMessage(message(field, max));
            field.setInvalid(true);
            ComponentUtil.setData(field, TOO_LONG, Boolean.TRUE);
        } else if (ComponentUtil.getData(field, TOO_LONG) != null) {
            // only the message this counter set is taken back: a rule's message stays until the next save
            ComponentUtil.setData(field, TOO_LONG, null);
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }
}
