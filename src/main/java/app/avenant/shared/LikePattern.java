package app.avenant.shared;

import java.util.Locale;

/**
 * A search as typed turned into a lower-case SQL {@code LIKE} pattern matching it anywhere, with {@code \} as the
 * escape character ({@code escape '\'} in the query): a typed {@code %} or {@code _} is searched for, not a wildcard.
 */
public final class LikePattern {

    private LikePattern() {}

    /** "%…%" around the escaped text; "" for blank text (the queries read "" as "no filter"). */
    public static String containing(String text) {
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty()) {
            return "";
        }
        String escaped = trimmed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
