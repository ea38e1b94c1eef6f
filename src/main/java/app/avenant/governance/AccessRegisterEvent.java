package app.avenant.governance;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What changed in a contract's access register or RGPD article 28 checklist, published by
 * {@link AccessRegister} in the transaction that stored it (the audit trail records it once that transaction
 * has committed; a refused or rolled-back change publishes nothing that lasts). Each carries the few details
 * an auditor needs to tell one entry from another without opening the register.
 */
public sealed interface AccessRegisterEvent {

    UUID contractId();

    /** The user who acted. */
    UUID actorId();

    /** A system the provider touches was declared. */
    record EntryAdded(UUID contractId, UUID entryId, String system, boolean personalData, UUID actorId)
            implements AccessRegisterEvent {}

    /** A declaration was corrected; {@code revokedOn} as it stands after the correction. */
    record EntryUpdated(
            UUID contractId,
            UUID entryId,
            String system,
            boolean personalData,
            @Nullable LocalDate revokedOn,
            UUID actorId)
            implements AccessRegisterEvent {}

    /** The access ends on {@code revokedOn} (today, or a date announced ahead). */
    record EntryRevoked(UUID contractId, UUID entryId, String system, LocalDate revokedOn, UUID actorId)
            implements AccessRegisterEvent {}

    /** An article 28 item was given a status (its comment stays in the checklist, not in the trail). */
    record ChecklistItemSet(UUID contractId, Art28Item item, Art28Status status, UUID actorId)
            implements AccessRegisterEvent {}

    /** The register and checklist were gone through in comité; {@code reviewId} when at a given review. */
    record Reviewed(UUID contractId, @Nullable UUID reviewId, UUID actorId) implements AccessRegisterEvent {}
}
