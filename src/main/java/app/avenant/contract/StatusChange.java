package app.avenant.contract;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a contract's status history: a move from one status to another (with the owner's note), the
 * start of a pilot phase, or a contact person named.
 *
 * @param from        the status before (STATUS, PILOT_STARTED), else null
 * @param to          the status after (STATUS, PILOT_STARTED), else null
 * @param side        the side whose contact person was named (CONTACT_PERSON), else null
 * @param contactName the contact person named (CONTACT_PERSON), else null
 * @param note        the note given with the decision, or null
 * @param byName      who did it; null when the application itself did
 * @param pilotVolumeCap the volume cap a pilot's start or extension decided; null otherwise (and for entries written
 *                    before it was kept)
 * @param pilotEndDate the end date it decided; null likewise
 */
public record StatusChange(
        Kind kind,
        @Nullable ContractStatus from,
        @Nullable ContractStatus to,
        @Nullable Side side,
        @Nullable String contactName,
        @Nullable String note,
        @Nullable String byName,
        Instant at,
        @Nullable Long pilotVolumeCap,
        java.time.@Nullable LocalDate pilotEndDate) {

    public enum Kind {
        STATUS,
        PILOT_STARTED,
        CONTACT_PERSON,
        /** The pilot got a new end date and volume cap. */
        PILOT_EXTENDED,
        /** The pilot ended without going on: the contract ends. */
        NO_GO,
        SUSPENDED,
        RESUMED,
        ENDED_AT_TERM,
        ENDED_BY_NOTICE,
        /** Both sides finished the exit checklist; the provider's accesses ended. */
        EXIT_COMPLETED
    }
}
