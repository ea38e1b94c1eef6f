package app.avenant.contract.terms;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Either merged terms (no conflict) or the conflicts that block the merge. */
public record MergeResult(@Nullable Terms merged, List<MergeConflict> conflicts) {

    public MergeResult {
        conflicts = List.copyOf(conflicts);
    }

    public boolean isClean() {
        return conflicts.isEmpty();
    }
}
