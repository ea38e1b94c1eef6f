package app.avenant.contract.terms;

/**
 * What the PME seeks by outsourcing (time saved, reliability, continuity, cost).
 *
 * @param key         stable key across versions
 * @param kind        the kind of value sought
 * @param description what is sought, in the PME's words
 * @param indicator   how it is measured (may be blank)
 */
public record Objective(String key, ObjectiveKind kind, String description, String indicator) {}
