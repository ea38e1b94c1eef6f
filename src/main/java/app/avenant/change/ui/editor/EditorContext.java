package app.avenant.change.ui.editor;

import app.avenant.contract.terms.TermsViolation;
import app.avenant.shared.format.AmountParser;
import app.avenant.shared.format.UnreadableNumberException;
import app.avenant.shared.ui.TextLimit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the parts of a {@link TermsEditor} share: translations and number formats in the UI's language, the
 * "something was edited" flag, and one validation round's state (which field shows the message of which
 * {@link TermsViolation#path() path}, which numbers could not be read, the lines of the summary).
 * One round reports typing errors and broken rules together (docs/decisions/0022).
 */
final class EditorContext {

    private final Component host;
    private final Locale locale;
    private final Consumer<List<SummaryLine>> summary;
    private boolean dirty;
    private Runnable onFirstEdit = () -> {};
    /** Runs at every edit: the page keeps a draft of the edits (docs/decisions/0030). */
    private Runnable onEdit = () -> {};
    /** True while the terms are read for a draft: nothing is shown, no message, no summary. */
    private boolean quiet;

    private final Map<String, ErrorTarget> targets = new HashMap<>();
    private final Map<String, String> contexts = new HashMap<>();
    private final Map<String, Span> lineTargets = new HashMap<>();
    private final List<ErrorTarget> shown = new ArrayList<>();
    private final List<SummaryLine> lines = new ArrayList<>();
    /** The field registered for each path, and back: a broken rule on a field whose number was unreadable is not news. */
    private final Map<String, HasValidation> fields = new HashMap<>();

    private final Map<HasValidation, String> paths = new IdentityHashMap<>();
    private final Set<HasValidation> unreadableFields = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean unreadable;
    /** The value each number field was loaded with, and its text: returned as is while the text is unchanged. */
    private final Map<TextField, Original> originals = new WeakHashMap<>();

    private record Original(String text, BigDecimal value) {}

    /**
     * One line of the summary at the top: what is wrong where, and the component it is shown on (focused and
     * scrolled to from the summary), or null when the message has no field of its own.
     */
    record SummaryLine(String text, @Nullable Component target) {}

    EditorContext(Component host, Locale locale, Consumer<List<SummaryLine>> summary) {
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

    private ScopeFiles scopeFiles = ScopeFiles.NONE;

    /** Where documents attached to scope items are kept (none: the editor only shows those the terms have). */
    ScopeFiles scopeFiles() {
        return scopeFiles;
    }

    void useScopeFiles(ScopeFiles files) {
        this.scopeFiles = files;
    }

    void markDirty() {
        if (!dirty) {
            dirty = true;
            onFirstEdit.run();
        }
        onEdit.run();
    }

    /** Runs at every edit, after {@link #onFirstEdit}. */
    void onEdit(Runnable action) {
        onEdit = action;
    }

    /**
     * Runs {@code read} (a reading of the terms) without showing anything: no field marked, no summary, and the
     * messages of the last save left as they are. Used to keep a draft of what is typed.
     */
    <T> T quietly(java.util.function.Supplier<T> read) {
        boolean was = quiet;
        quiet = true;
        unreadable = false;
        try {
            return read.get();
        } finally {
            quiet = was;
            unreadable = false;
        }
    }

    /** Runs once, at the first edit (the page then asks before the browser leaves it). */
    void onFirstEdit(Runnable action) {
        onFirstEdit = action;
    }

    boolean dirty() {
        return dirty;
    }

    /** Marks the editor dirty on every later change (initial values are set before this is called). */
    <V> void watch(HasValue<?, V> field) {
        // a value reaches the server (and the draft) when its field is left, the way Vaadin fields commit, and
        // after a pause in typing or when the page is hidden (ProposalEditView.COMMIT_WHILE_TYPING): a lazy mode
        // was tried, but its debounced value was dropped when the field was left and the page reloaded at once
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

    /** A text with its limit shown as a counter; longer text is refused on save, never cut (see {@link TextLimit}). */
    TextField text(String labelKey, String value, int maxLength) {
        TextField field = new TextField(t(labelKey));
        field.setValue(value);
        field.setManualValidation(true);
        watch(field);
        TextLimit.attach(field, maxLength, "");
        return field;
    }

    TextArea area(String labelKey, String value, int maxLength) {
        TextArea field = new TextArea(t(labelKey));
        field.setValue(value);
        field.setManualValidation(true);
        field.addClassName("av-wrap");
        watch(field);
        TextLimit.attach(field, maxLength, "");
        return field;
    }

    /** A number typed as text, read by the one rule of {@link AmountParser} ("1 540,50", "1540.5", "12 %"). */
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
    TextField number(
            String label, @Nullable BigDecimal value, Function<@Nullable BigDecimal, String> format, String width) {
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
        return readable(BigDecimal.valueOf(value), NumberFormat.getIntegerInstance(locale));
    }

    private String format(BigDecimal value, int minDecimals, int maxDecimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(
                Math.max(maxDecimals, Math.max(0, value.stripTrailingZeros().scale())));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return readable(value, format);
    }

    /**
     * The language's usual writing when the number rule reads it back as {@code value} (French: 1 040,50), else
     * the rule's own (English: 1 040.50, since a shown "1,040" would be refused on saving, docs/decisions/0022).
     */
    private String readable(BigDecimal value, NumberFormat format) {
        String usual = format.format(value);
        try {
            if (AmountParser.parse(usual, locale).compareTo(value) == 0) {
                return usual;
            }
        } catch (UnreadableNumberException e) {
            // written the rule's way below
        }
        BigDecimal shown = value;
        int decimals = Math.max(
                format.getMinimumFractionDigits(),
                Math.max(0, value.stripTrailingZeros().scale()));
        if (value.scale() != decimals) {
            shown = value.setScale(decimals, RoundingMode.UNNECESSARY);
        }
        return AmountParser.write(shown, locale);
    }

    // ---- one validation round -----------------------------------------------------------------------

    void startRound() {
        if (quiet) {
            unreadable = false;
            return;
        }
        shown.forEach(ErrorTarget::clear);
        shown.clear();
        targets.clear();
        contexts.clear();
        lines.clear();
        lineTargets.clear();
        fields.clear();
        paths.clear();
        unreadableFields.clear();
        unreadable = false;
        summary.accept(List.of());
    }

    /** True when some number could not be read: the terms are not built, the fields say why. */
    boolean unreadable() {
        return unreadable;
    }

    void register(String path, HasValidation field) {
        if (quiet) {
            return;
        }
        targets.put(path, ErrorTarget.of(field));
        fields.put(path, field);
        paths.putIfAbsent(field, path);
    }

    /** A list-level message shown in {@code line} (e.g. "no band"), to which the summary links. */
    void register(String path, Span line) {
        if (quiet) {
            return;
        }
        targets.put(path, ErrorTarget.of(line));
        lineTargets.put(path, line);
    }

    /** Names an item (e.g. "Prestation « Saisie des factures »") for messages that have no field of their own. */
    void context(String pathPrefix, String label) {
        if (quiet) {
            return;
        }
        contexts.put(pathPrefix, label);
    }

    /** A decimal, or null when empty and not required; on a typing error the field says so. */
    @Nullable
    BigDecimal readDecimal(TextField field, boolean required) {
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
            return AmountParser.parse(text, locale);
        } catch (UnreadableNumberException e) {
            fail(field, e.suggestions().isEmpty() ? t("changeeditor.error.number") : t(e.messageKey(), e.args(locale)));
            return null;
        }
    }

    /** A whole number, or null when empty and not required; on a typing error the field says so. */
    @Nullable
    Long readWhole(TextField field, boolean required) {
        String text = field.getValue().strip();
        if (text.isEmpty()) {
            if (required) {
                fail(field, t("terms.violation.required"));
            }
            return null;
        }
        try {
            return AmountParser.parseWhole(text, locale);
        } catch (UnreadableNumberException e) {
            fail(field, e.suggestions().isEmpty() ? t("changeeditor.error.whole") : t(e.messageKey(), e.args(locale)));
            return null;
        }
    }

    /** A whole number that fits an int (months). */
    @Nullable
    Integer readInt(TextField field, boolean required) {
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
        if (quiet) {
            unreadable = true;
            return;
        }
        ErrorTarget target = ErrorTarget.of(field);
        target.show(message);
        shown.add(target);
        unreadable = true;
        unreadableFields.add(field);
        lines.add(new SummaryLine(where(paths.get(field), field) + message, (Component) field));
    }

    /**
     * Shows each violation next to its field, and lists it in the summary with a link to that field (or, with
     * its item's name and no link, when it has none). A rule broken by a number that could not be read says
     * nothing the typing error does not already say, and is left out.
     */
    void show(List<TermsViolation> violations) {
        if (quiet) {
            return;
        }
        for (TermsViolation violation : violations) {
            HasValidation field = fields.get(violation.path());
            if (field != null && unreadableFields.contains(field)) {
                continue;
            }
            String message = message(violation);
            ErrorTarget target = targets.get(violation.path());
            if (target != null) {
                target.show(message);
                shown.add(target);
                Component on = field != null ? (Component) field : lineTargets.get(violation.path());
                lines.add(new SummaryLine(where(violation.path(), field) + message, on));
            } else {
                String context = contextOf(violation.path());
                lines.add(new SummaryLine(context == null ? message : context + " : " + message, null));
            }
        }
        publish();
    }

    /** Shows an error of a field outside the terms (the revision's note) with the others. */
    void showOutside(HasValidation field, String message) {
        ErrorTarget target = ErrorTarget.of(field);
        target.show(message);
        shown.add(target);
        lines.add(new SummaryLine(where(null, field) + message, (Component) field));
        publish();
    }

    /** Sends the lines gathered so far to the summary. */
    void publish() {
        if (quiet) {
            return;
        }
        summary.accept(List.copyOf(lines));
    }

    /** "Prestation « Saisie des factures » — Prix unitaire : " for a field, from its item and its label. */
    private String where(@Nullable String path, @Nullable HasValidation field) {
        String context = path == null ? null : contextOf(path);
        String label = field instanceof HasLabel labelled ? labelled.getLabel() : null;
        if (label == null || label.isBlank()) {
            label = field instanceof Component component
                    ? component.getElement().getAttribute("aria-label")
                    : null;
        }
        StringBuilder where = new StringBuilder();
        if (context != null) {
            where.append(context);
        }
        if (label != null && !label.isBlank()) {
            where.append(where.isEmpty() ? "" : " — ").append(label);
        }
        return where.isEmpty() ? "" : where + " : ";
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
