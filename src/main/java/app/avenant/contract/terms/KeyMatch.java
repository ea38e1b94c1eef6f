package app.avenant.contract.terms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairs the items of two versions by key. Versions usually keep their items in the same order, so each item is
 * first tried at its own position; the key index is only built once that fails.
 */
final class KeyMatch {

    private final int[] beforeIndexOfAfter;
    private final boolean[] beforeMatched;

    private KeyMatch(int[] beforeIndexOfAfter, boolean[] beforeMatched) {
        this.beforeIndexOfAfter = beforeIndexOfAfter;
        this.beforeMatched = beforeMatched;
    }

    static <T> KeyMatch of(List<T> before, List<T> after, Function<T, String> keyOf) {
        int[] indexes = new int[after.size()];
        boolean[] matched = new boolean[before.size()];
        Map<String, Integer> beforeByKey = null;
        for (int i = 0; i < indexes.length; i++) {
            String key = keyOf.apply(after.get(i));
            int index = -1;
            if (i < matched.length && keyOf.apply(before.get(i)).equals(key)) {
                index = i;
            } else {
                if (beforeByKey == null) {
                    beforeByKey = index(before, keyOf);
                }
                index = beforeByKey.getOrDefault(key, -1);
            }
            indexes[i] = index;
            if (index >= 0) {
                matched[index] = true;
            }
        }
        return new KeyMatch(indexes, matched);
    }

    private static <T> Map<String, Integer> index(List<T> items, Function<T, String> keyOf) {
        Map<String, Integer> byKey = HashMap.newHashMap(items.size());
        for (int i = 0; i < items.size(); i++) {
            byKey.put(keyOf.apply(items.get(i)), i);
        }
        return byKey;
    }

    /** The index in the older list of the newer list's item {@code afterIndex}, or -1 when it was added. */
    int beforeIndexOf(int afterIndex) {
        return beforeIndexOfAfter[afterIndex];
    }

    /** False when the older list's item {@code beforeIndex} was removed. */
    boolean kept(int beforeIndex) {
        return beforeMatched[beforeIndex];
    }
}
