package app.avenant.contract.terms;

import org.jspecify.annotations.Nullable;

/**
 * One field that differs.
 *
 * @param field  a stable field code, e.g. {@code scope.title}, {@code band.unitPrice}; the UI translates
 *               it with the key {@code terms.field.<code>}
 * @param detail which sub-entry the field belongs to when the item has several: the band's first unit
 *               ("1001", bands are matched on it) or the month "1".."12" of a seasonal profile; else null
 * @param kind   how to format before and after
 * @param before the old value, null when the field did not exist (added) or was empty
 * @param after  the new value, null when the field no longer exists (removed) or is empty
 */
public record FieldChange(
        String field,
        @Nullable String detail,
        ValueKind kind,
        @Nullable Object before,
        @Nullable Object after) {}
