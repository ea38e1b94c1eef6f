package app.avenant.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A map that keeps the {@code kept} entries last read or written, for values worth remembering a while. */
public final class RecentlyUsed {

    private RecentlyUsed() {}

    /** Safe to share between threads; the least recently used entry goes first once {@code kept} is reached. */
    public static <K, V> Map<K, V> map(int kept) {
        return Collections.synchronizedMap(new LinkedHashMap<>(kept * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > kept;
            }
        });
    }
}
