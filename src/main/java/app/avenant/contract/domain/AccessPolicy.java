package app.avenant.contract.domain;

import app.avenant.contract.AccessState;
import java.time.Instant;
import java.time.LocalDate;

/**
 * When a membership still gives access, decided on the day it is asked (no scheduler: an access ends by
 * itself when its date comes). {@link ContractQueries} applies the same rule in SQL ({@link #ACTIVE_JPQL});
 * keep the two in step.
 * <ul>
 *     <li>A contact person always has access: their side must name someone else first.</li>
 *     <li>An end date gives access until the day before it ({@code expires_on <= today}: expired).</li>
 *     <li>During a re-certification round, editors and viewers not certified since its start lose access
 *     the day after its due date; owners and managers never lapse (they are the ones who certify).</li>
 * </ul>
 */
public final class AccessPolicy {

    /** The JPQL condition "membership {@code m} of contract {@code c} gives access on {@code :today}". */
    static final String ACTIVE_JPQL = """
            (m.userId = c.clientContactUserId or m.userId = c.providerContactUserId
             or ((m.expiresOn is null or m.expiresOn > :today)
                 and (c.recertificationDue is null or c.recertificationDue >= :today
                      or m.role in (app.avenant.contract.ContractRole.CLIENT_OWNER,
                                    app.avenant.contract.ContractRole.PROVIDER_MANAGER)
                      or m.certifiedAt >= c.recertificationFrom)))
            """;

    private AccessPolicy() {}

    public static AccessState state(Membership m, Contract c, LocalDate today) {
        if (c.isContactPerson(m.userId())) {
            return AccessState.ACTIVE;
        }
        LocalDate expiresOn = m.expiresOn();
        if (expiresOn != null && !expiresOn.isAfter(today)) {
            return AccessState.EXPIRED;
        }
        LocalDate due = c.recertificationDue();
        Instant from = c.recertificationFrom();
        if (due == null || from == null || m.role().isOwner() || certifiedSince(m, from)) {
            return AccessState.ACTIVE;
        }
        return today.isAfter(due) ? AccessState.LAPSED : AccessState.TO_RECERTIFY;
    }

    private static boolean certifiedSince(Membership m, Instant from) {
        Instant certifiedAt = m.certifiedAt();
        return certifiedAt != null && !certifiedAt.isBefore(from);
    }
}
