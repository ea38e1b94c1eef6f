package app.avenant.change.ui.editor;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Keys of new items, derived from what the person typed: "Relances clients (B2B)" → {@code relances-clients-b2b}.
 * Keys match items across versions (diff, merge), so those of existing items never change; a new key is made
 * unique by a numeric suffix.
 */
final class Keys {

    private static final int MAX_BASE_LENGTH = 56;

    private Keys() {}

    /** Lower-case a-z, 0-9 and single dashes, without leading or trailing dash; {@code fallback} when nothing is left. */
    static String slug(String text, String fallback) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace("œ", "oe")
                .replace("Œ", "oe")
                .replace("æ", "ae")
                .replace("Æ", "ae")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_BASE_LENGTH) {
            slug = slug.substring(0, MAX_BASE_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /** {@code slug(text)}, or {@code slug-2}, {@code slug-3}… when taken; the chosen key is added to {@code taken}. */
    static String unique(String text, String fallback, Set<String> taken) {
        String base = slug(text, fallback);
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            key = base + "-" + n;
        }
        taken.add(key);
        return key;
    }
}
