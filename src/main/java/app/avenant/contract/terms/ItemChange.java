package app.avenant.contract.terms;

import java.util.List;

/**
 * One item (header, objective, scope item, its volume terms, service level) that was added, removed or
 * changed, with its field changes. An added item lists its fields with null {@code before}; a removed one
 * with null {@code after}.
 *
 * @param key   the item's stable key ("header" for the header)
 * @param label what a person calls it (the title or metric of the newer side, else the older one)
 */
public record ItemChange(TermsSection section, String key, String label, ChangeKind kind, List<FieldChange> fields) {

    public ItemChange {
        fields = List.copyOf(fields);
    }
}
