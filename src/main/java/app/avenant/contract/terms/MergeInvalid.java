package app.avenant.contract.terms;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the violations of a field-by-field merge result into conflicts ({@value TermsMerge#INVALID_FIELD}):
 * each side's terms were valid, only their combination is not, so a person must decide.
 */
final class MergeInvalid {

    private MergeInvalid() {}

    /**
     * Section and item come from the violation's path ({@code scopeItems[key].volume…} is in VOLUMES, a
     * list-wide rule such as {@code serviceLevels shares.above.100} has an empty key); the detail is the path,
     * {@code ours} the violation's code.
     */
    static List<MergeConflict> conflicts(
            List<TermsViolation> violations,
            List<Objective> objectives,
            List<ScopeItem> scope,
            List<ServiceLevel> levels) {
        List<MergeConflict> conflicts = new ArrayList<>(violations.size());
        for (TermsViolation violation : violations) {
            String path = violation.path();
            String key = key(path);
            TermsSection section;
            String label = "";
            if (path.startsWith("header")) {
                section = TermsSection.HEADER;
                key = TermsDiffer.HEADER_KEY;
            } else if (path.startsWith("objectives")) {
                section = TermsSection.OBJECTIVES;
                Objective objective = Lists.findByKey(objectives, key, Objective::key);
                label = objective == null ? "" : objective.description();
            } else if (path.startsWith("scopeItems")) {
                section = path.contains("].volume") ? TermsSection.VOLUMES : TermsSection.SCOPE;
                ScopeItem item = Lists.findByKey(scope, key, ScopeItem::key);
                label = item == null ? "" : item.title();
            } else {
                section = TermsSection.SERVICE_LEVELS;
                ServiceLevel level = Lists.findByKey(levels, key, ServiceLevel::key);
                label = level == null ? "" : level.metric();
            }
            conflicts.add(new MergeConflict(
                    section, key, label, TermsMerge.INVALID_FIELD, path, ValueKind.TEXT, null, violation.code(), null));
        }
        return conflicts;
    }

    /** The first bracketed name of the path, or "" when the rule is about a whole list. */
    private static String key(String path) {
        int open = path.indexOf('[');
        int close = open < 0 ? -1 : path.indexOf(']', open);
        return close < 0 ? "" : path.substring(open + 1, close);
    }
}
