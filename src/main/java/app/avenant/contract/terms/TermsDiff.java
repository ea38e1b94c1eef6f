package app.avenant.contract.terms;

import java.util.List;

/**
 * The differences from one {@link Terms} to another, item by item and field by field, in section order
 * then in the order of the newer terms (removed items after the kept ones). Identical terms give an
 * empty diff. Built by the pure function {@link #between(Terms, Terms)}.
 */
public record TermsDiff(List<ItemChange> changes) {

    public TermsDiff {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public static TermsDiff between(Terms before, Terms after) {
        return TermsDiffer.diff(before, after);
    }
}
