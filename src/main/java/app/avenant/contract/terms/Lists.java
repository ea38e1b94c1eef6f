package app.avenant.contract.terms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** List helpers for the immutable terms values. */
final class Lists {

    private Lists() {}

    /**
     * An immutable copy that keeps null elements and turns a null list into an empty one: values nested inside
     * {@link Terms} are built from forms, and {@link Terms}' validation must see the nulls to report them with
     * a path (List.copyOf would throw a bare NullPointerException first).
     */
    static <T> List<T> copyKeepingNulls(@Nullable List<T> list) {
        if (list == null) {
            return List.of();
        }
        for (T element : list) {
            if (element == null) {
                return Collections.unmodifiableList(new ArrayList<>(list));
            }
        }
        return List.copyOf(list);
    }

    /** The list with the element of the same key replaced in place, or appended. */
    static <T> List<T> replacingByKey(List<T> list, T element, Function<T, String> keyOf) {
        String key = keyOf.apply(element);
        List<T> copy = new ArrayList<>(list.size() + 1);
        boolean replaced = false;
        for (T existing : list) {
            if (!replaced && Objects.equals(keyOf.apply(existing), key)) {
                copy.add(element);
                replaced = true;
            } else {
                copy.add(existing);
            }
        }
        if (!replaced) {
            copy.add(element);
        }
        return copy;
    }

    static <T> List<T> withoutKey(List<T> list, String key, Function<T, String> keyOf) {
        List<T> copy = new ArrayList<>(list.size());
        for (T existing : list) {
            if (!Objects.equals(keyOf.apply(existing), key)) {
                copy.add(existing);
            }
        }
        return copy;
    }

    static <T> @Nullable T findByKey(List<T> list, String key, Function<T, String> keyOf) {
        for (T existing : list) {
            if (keyOf.apply(existing).equals(key)) {
                return existing;
            }
        }
        return null;
    }
}
