package app.avenant.contract.terms;

import org.jspecify.annotations.Nullable;

/**
 * A field that both sides of a merge changed differently from their common base.
 *
 * @param field  a field code as in {@link FieldChange#field()}
 * @param detail as in {@link FieldChange#detail()}
 * @param base   the value in the common base (null when absent)
 * @param ours   the value in the change request's proposal
 * @param theirs the value in the contract's current terms
 */
public record MergeConflict(
        TermsSection section,
        String itemKey,
        String label,
        String field,
        @Nullable String detail,
        ValueKind kind,
        @Nullable Object base,
        @Nullable Object ours,
        @Nullable Object theirs) {}
