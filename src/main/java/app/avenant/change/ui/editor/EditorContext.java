package app.avenant.change.ui.editor;

import app.avenant.contract.terms.TermsViolation;
import app.avenant.shared.format.AmountParser;
import app.avenant.shared.format.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the parts of a {@link TermsEditor} share: translations and number formats in the UI's language, the
 * "something was edited" flag, and one validation round's state (which field shows the message of which
 * {@link TermsViolation#path() path}, whether a number could not be read).
 */
final class EditorContext {

    private final Component host;
    private final Locale locale;
    private final Consumer<List<String>> summary;
    private boolean dirty;

    private final Map<String, ErrorTarget> targets = new HashMap<>();
    private final Map<String, String> contexts = new HashMap<>();
    private final List<ErrorTarget> shown = new ArrayList<>();
    private final List<String> unplaced = new ArrayList<>();
    private boolean unreadable;
    /** The value each number field was loaded with, and its text: returned as is while the text is unchanged. */
    private final Map<TextField, Original> originals = new WeakHashMap<>();

    private record Original(String text, BigDecimal value) {
    }

    EditorContext(Component host, Locale locale, Consumer<List<String>> summary) {
        this.host = host;
        this.locale = locale;
        this.summary = summary;
    }

    String t(String key, Object... args) {
        return host.getTranslation(key, args);
    }

    Locale locale() {
        return locale;
    }

    void markDirty() {
        dirty = true;
    }

    boolean dirty() {
        return dirty;
    }

    /** Marks the editor dirty on every later change (initial values are set before this is called). */
    <V> void watch(HasValue<?, V> field) {
        field.addValueChangeListener(e -> {
            markDirty();
            // the message was about the previous value: it comes back on the next save if still true
            if (field instanceof HasValidation validated && validated.isInvalid()) {
                validated.setInvalid(false);
                validated.setErrorMessage(null);
            }
        });
    }

    // ---- fields -------------------------------------------------------------------------------------

    TextField text(String labelKey, String value, int maxLength) {
        TextField field = new TextField(t(labelKey));
        field.setValue(value);
        field.setMaxLength(maxLength);
        field.setManualValidation(true);
        watch(field);
        return field;
    }

    TextArea area(String labelKey, String value, int maxLength) {
        TextArea field = new TextArea(t(labelKey));
        field.setValue(value);
        field.setMaxLength(maxLength);
        field.setManualValidation(true);
        watch(field);
        return field;
    }

    /** A number typed as text, read leniently by {@link AmountParser} ("1 540,50", "1540.5", "12 %"). */
    TextField number(String label, String value, String width) {
        TextField field = new TextField(label);
        field.setValue(value);
        field.setWidth(width);
        field.setManualValidation(true);
        field.addClassName("av-num-field");
        field.getElement().setAttribute("inputmode", "decimal");
        watch(field);
        return field;
    }

    /**
     * A number field showing {@code value}; reading it back unchanged gives that very value, so that an
     * untouched 5000 stays 5000 and does not come back as a "changed" 5000.00.
     */
    TextField number(String label, @Nullable BigDecimal value, Function<@Nullable BigDecimal, String> format,
                     String width) {
        String text = format.apply(value);
        TextField field = number(label, text, width);
        if (value != null) {
            originals.put(field, new Original(text, value));
        }
        return field;
    }

    String amount(@Nullable BigDecimal value) {
        return value == null ? "" : format(value, 2, 4);
    }

    String percent(@Nullable BigDecimal value) {
        return value == null ? "" : format(value, 0, 2);
    }

    String coefficient(@Nullable BigDecimal value) {
        return value == null ? "" : format(value, 0, 4);
    }

    String units(long value) {
        return Formats.units(value, locale);
    }

    private String format(BigDecimal value, int minDecimals, int maxDecimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(Math.max(maxDecimals, Math.max(0, value.stripTrailingZeros().scale())));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(value);
    }

    // ---- one validation round -----------------------------------------------------------------------

    void startRound() {
        shown.forEach(ErrorTarget::clear);
        shown.clear();
        targets.clear();
        contexts.clear();
        unplaced.clear();
        unreadable = false;
        summary.accept(List.of());
    }

    /** True when some number could not be read: the terms are not built, the fields say why. */
    boolean unreadable() {
        return unreadable;
    }

    void register(String path, HasValidation field) {
        targets.put(path, ErrorTarget.of(field));
    }

    void register(String path, ErrorTarget target) {
        targets.put(path, target);
    }

    /** Names an item (e.g. "Prestation « Saisie des factures »") for messages that have no field of their own. */
    void context(String pathPrefix, String label) {
        contexts.put(pathPrefix, label);
    }

    /** A decimal, or null when empty and not required; on a typing error the field says so. */
    @Nullable BigDecimal readDecimal(TextField field, boolean required) {
        Original original = originals.get(field);
        if (original != null && original.text().equals(field.getValue())) {
            return original.value();
        }
        String text = field.getValue().strip();
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.isEmpty()) {
            if (required) {
                fail(field, t("terms.violation.required"));
            }
            return null;
        }
        try {
            return AmountParser.parse(text);
        } catch (IllegalArgumentException e) {
            fail(field, t("changeeditor.error.number"));
            return null;
        }
    }

    /** A whole number, or null when empty and not required; on a typing error the field says so. */
    @Nullable Long readWhole(TextField field, boolean required) {
        String text = field.getValue().strip();
        if (text.isEmpty()) {
            if (required) {
                fail(field, t("terms.violation.required"));
            }
            return null;
        }
        try {
            return AmountParser.parse(text).longValueExact();
        } catch (IllegalArgumentException | ArithmeticException e) {
            fail(field, t("changeeditor.error.whole"));
            return null;
        }
    }

    /** A whole number that fits an int (months). */
    @Nullable Integer readInt(TextField field, boolean required) {
        Long value = readWhole(field, required);
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            fail(field, t("changeeditor.error.whole"));
            return null;
        }
        return value.intValue();
    }

    private void fail(HasValidation field, String message) {
        ErrorTarget target = ErrorTarget.of(field);
        target.show(message);
        shown.add(target);
        unreadable = true;
    }

    /** Shows each violation next to its field, or in the summary (named by its item) when it has none. */
    void show(List<TermsViolation> violations) {
        for (TermsViolation violation : violations) {
            String message = message(violation);
            ErrorTarget target = targets.get(violation.path());
            if (target != null) {
                target.show(message);
                shown.add(target);
            } else {
                String context = contextOf(violation.path());
                unplaced.add(context == null ? message : context + " : " + message);
            }
        }
        summary.accept(List.copyOf(unplaced));
    }

    /** Shows an error that is not a terms rule (a list-level typing problem) in the summary. */
    void showInSummary(String message) {
        unplaced.add(message);
        summary.accept(List.copyOf(unplaced));
    }

    private String message(TermsViolation violation) {
        String key = "terms.violation." + violation.code();
        String text = t(key, violation.args().toArray());
        return text.contains(key) ? t("changeeditor.error.generic", violation.code()) : text;
    }

    private @Nullable String contextOf(String path) {
        String best = null;
        for (String prefix : contexts.keySet()) {
            if (path.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? null : contexts.get(best);
    }
}
