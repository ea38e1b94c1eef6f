package app.avenant.contract.terms;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Checks the keys of a list of items and names each item for violation paths: {@code list[key]} for the first
 * item with a valid key, {@code list[#n]} (1-based position) when the key is missing, invalid or repeated, so
 * that every path designates exactly one item.
 */
final class ItemKeys {

    private static final int MAX_KEY_LENGTH = 64;

    private ItemKeys() {}

    /** The path of each item, null for a null item (reported as required). */
    static <T> @Nullable String[] paths(
            String list, List<@Nullable T> items, Function<T, @Nullable String> keyOf, ViolationCollector violations) {
        @Nullable String[] paths = new String[items.size()];
        Set<String> seen = new HashSet<>(items.size() * 2);
        for (int i = 0; i < paths.length; i++) {
            T item = items.get(i);
            String position = list + "[#" + (i + 1) + "]";
            if (item == null) {
                violations.add(position, "required");
                continue;
            }
            String key = keyOf.apply(item);
            if (key == null || key.isBlank()) {
                violations.add(position + ".key", "required");
                paths[i] = position;
            } else if (!isValid(key)) {
                violations.add(position + ".key", "key.invalid", key);
                paths[i] = position;
            } else if (!seen.add(key)) {
                violations.add(position + ".key", "key.duplicate", key);
                paths[i] = position;
            } else {
                paths[i] = list + "[" + key + "]";
            }
        }
        return paths;
    }

    /** {@code [a-z0-9][a-z0-9-]{0,63}}, written out because it runs for every item of every Terms built. */
    static boolean isValid(String key) {
        int length = key.length();
        if (length == 0 || length > MAX_KEY_LENGTH || key.charAt(0) == '-') {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
