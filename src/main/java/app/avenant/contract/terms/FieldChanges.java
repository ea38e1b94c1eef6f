package app.avenant.contract.terms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * Collects the field changes of one item. Each method takes the item on both sides, either of which is null
 * when the item was added or removed, so one description of an item's fields serves the three cases. Nothing
 * is allocated while values are equal: most items of two versions are.
 */
final class FieldChanges {

    private @Nullable List<FieldChange> changes;

    boolean isEmpty() {
        return changes == null;
    }

    /** The changes gathered since the last call, and starts afresh. */
    List<FieldChange> take() {
        List<FieldChange> taken = changes == null ? List.of() : changes;
        changes = null;
        return taken;
    }

    /** Blank text counts as empty: reported as null, and blank against blank is no change. */
    <T> void text(String field, @Nullable T before, @Nullable T after, Function<T, String> get) {
        String b = before == null ? null : emptyToNull(get.apply(before));
        String a = after == null ? null : emptyToNull(get.apply(after));
        if (!Objects.equals(b, a)) {
            add(field, null, ValueKind.TEXT, b, a);
        }
    }

    /** Reported as {@link Long}. */
    <T> void number(String field, @Nullable T before, @Nullable T after, ToLongFunction<T> get) {
        if (before != null && after != null) {
            long b = get.applyAsLong(before);
            long a = get.applyAsLong(after);
            if (b != a) {
                add(field, null, ValueKind.NUMBER, b, a);
            }
        } else if (before != null || after != null) {
            add(
                    field,
                    null,
                    ValueKind.NUMBER,
                    before == null ? null : get.applyAsLong(before),
                    after == null ? null : get.applyAsLong(after));
        }
    }

    /** Compared with compareTo, so 1.80 and 1.8 are the same amount. */
    <T> void decimal(String field, ValueKind kind, @Nullable T before, @Nullable T after, Function<T, BigDecimal> get) {
        value(field, null, kind, before == null ? null : get.apply(before), after == null ? null : get.apply(after));
    }

    /** Enums, booleans and dates. */
    <T> void value(String field, ValueKind kind, @Nullable T before, @Nullable T after, Function<T, ?> get) {
        value(field, null, kind, before == null ? null : get.apply(before), after == null ? null : get.apply(after));
    }

    void value(String field, @Nullable String detail, ValueKind kind, @Nullable Object before, @Nullable Object after) {
        if (!same(before, after)) {
            add(field, detail, kind, before, after);
        }
    }

    private void add(
            String field, @Nullable String detail, ValueKind kind, @Nullable Object before, @Nullable Object after) {
        if (changes == null) {
            changes = new ArrayList<>(4);
        }
        changes.add(new FieldChange(field, detail, kind, before, after));
    }

    private static boolean same(@Nullable Object before, @Nullable Object after) {
        if (before == after) {
            return true;
        }
        if (before == null || after == null) {
            return false;
        }
        if (before instanceof BigDecimal b && after instanceof BigDecimal a) {
            return b.compareTo(a) == 0;
        }
        return before.equals(after);
    }

    private static @Nullable String emptyToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
