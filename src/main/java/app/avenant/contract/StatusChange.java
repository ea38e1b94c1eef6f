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
 */
public record StatusChange(
        Kind kind,
        @Nullable ContractStatus from,
        @Nullable ContractStatus to,
        @Nullable Side side,
        @Nullable String contactName,
        @Nullable String note,
        @Nullable String byName,
        Instant at) {

    public enum Kind {
        STATUS,
        PILOT_STARTED,
        CONTACT_PERSON
    }
}
