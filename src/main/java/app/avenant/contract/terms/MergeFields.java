package app.avenant.contract.terms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The three-way rule for one field, and the conflicts gathered while merging. The item being merged (section,
 * key, label) is set with {@link #item} so that each field needs only its own code and values. Values compare
 * the way {@link FieldChanges} does for the diff (amounts by compareTo, blank text as empty), so that a
 * conflict is exactly a field both diffs (base → ours, base → theirs) report with different new values.
 */
final class MergeFields {

    private final List<MergeConflict> conflicts = new ArrayList<>();
    /** Which side a conflicting field takes when the merge resolves (TermsMerge.resolve); ours otherwise. */
    private final Predicate<MergeConflict> takeTheirs;

    private TermsSection section = TermsSection.HEADER;
    private String key = TermsDiffer.HEADER_KEY;
    private String label = "";

    MergeFields() {
        this(conflict -> false);
    }

    MergeFields(Predicate<MergeConflict> takeTheirs) {
        this.takeTheirs = takeTheirs;
    }

    void item(TermsSection section, String key, String label) {
        this.section = section;
        this.key = key;
        this.label = label;
    }

    String label() {
        return label;
    }

    boolean hasConflicts() {
        return !conflicts.isEmpty();
    }

    List<MergeConflict> conflicts() {
        return conflicts;
    }

    /**
     * Ours when only ours changed it, theirs when only theirs did, the common value when both made the same
     * change; otherwise a conflict, and ours (theirs when the resolving merge takes theirs for it).
     * {@code base} is null when the item was added on both sides.
     */
    <V> V pick(String field, @Nullable String detail, ValueKind kind, @Nullable V base, V ours, V theirs) {
        if (same(ours, base)) {
            return theirs;
        }
        if (same(theirs, base) || same(ours, theirs)) {
            return ours;
        }
        return conflict(field, detail, kind, base, ours, theirs) ? theirs : ours;
    }

    <V> V pick(String field, ValueKind kind, @Nullable V base, V ours, V theirs) {
        return pick(field, null, kind, base, ours, theirs);
    }

    /** Reported as {@link Long}, as the diff does. */
    long number(String field, @Nullable Long base, long ours, long theirs) {
        return pick(field, null, ValueKind.NUMBER, base, ours, theirs);
    }

    /** Blank text counts as empty: a blank-for-empty edit is no edit, and conflicts report blanks as null. */
    String text(String field, @Nullable String base, String ours, String theirs) {
        String b = emptyToNull(base);
        String o = emptyToNull(ours);
        String t = emptyToNull(theirs);
        if (Objects.equals(o, b)) {
            return theirs;
        }
        if (Objects.equals(t, b) || Objects.equals(o, t)) {
            return ours;
        }
        return conflict(field, null, ValueKind.TEXT, b, o, t) ? theirs : ours;
    }

    /** Records the conflict; true when a resolving merge takes theirs' value for it. */
    boolean conflict(
            String field,
            @Nullable String detail,
            ValueKind kind,
            @Nullable Object base,
            @Nullable Object ours,
            @Nullable Object theirs) {
        MergeConflict conflict = new MergeConflict(section, key, label, field, detail, kind, base, ours, theirs);
        conflicts.add(conflict);
        return takeTheirs.test(conflict);
    }

    static boolean same(@Nullable Object a, @Nullable Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return a.equals(b);
    }

    private static @Nullable String emptyToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
