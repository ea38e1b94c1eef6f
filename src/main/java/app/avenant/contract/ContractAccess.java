package app.avenant.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who has access to a contract: organisation admins add their people and name their side's contact person; the
 * owners of both sides review, revoke, change roles, set end dates and re-certify (docs/decisions/0008). The
 * rules of what may be done to whom are {@code MembershipRules}' (last owner, contact person, side of a role);
 * every method first checks the caller's right on that contract, and someone with no right there gets
 * {@link ContractNotFoundException}, exactly as for a missing contract.
 *
 * @see Contracts#members the members as every member sees them
 */
public interface ContractAccess {

    /** Organisation admin of one party adds a user of their own organisation with a role of their side. */
    void addMember(UUID contractId, UUID userId, ContractRole role);

    /** Organisation admin of one party names their side's contact person among the side's members. */
    void nameContactPerson(UUID contractId, UUID userId);

    // --- access review (docs/decisions/0008): what each side's owner keeps an eye on ---

    /**
     * Every membership of both sides with its state (active, expired, lapsed, to re-certify), who granted and
     * certified it, and what the caller may do with it; contact persons first. For the owners of both sides
     * (PME owner, provider manager); other members are denied.
     */
    List<AccessEntry> accessReview(UUID contractId, int offset, int limit);

    long countAccessReview(UUID contractId);

    /** The open re-certification round, with what is left to certify on the caller's side; owners only. */
    Optional<RecertificationRound> recertificationRound(UUID contractId);

    /**
     * Removes a member's access at once. For the owner of that member's side and for an organisation admin
     * of that member's organisation.
     *
     * @throws ContractRuleException {@code access.error.revoke.self}, {@code .revoke.contact} (name another
     *         contact person first), {@code .revoke.lastOwner}, {@code .member.unknown}
     */
    void revokeAccess(UUID contractId, UUID userId);

    /**
     * Gives a member another role of their side. For the owner of that side and for an organisation admin of
     * the member's organisation.
     *
     * @throws ContractRuleException {@code access.error.role.side}, {@code .role.lastOwner}, {@code .member.unknown}
     */
    void changeRole(UUID contractId, UUID userId, ContractRole role);

    /**
     * Sets (or clears, with null) the first day a provider member no longer has access. For the PME's owner,
     * the provider's manager and the provider's organisation admins.
     *
     * @throws ContractRuleException {@code access.error.expiry.side} (not a provider member),
     *         {@code .expiry.date} (not after today), {@code .expiry.contact}, {@code .expiry.lastOwner}
     */
    void setAccessExpiry(UUID contractId, UUID userId, @Nullable LocalDate expiresOn);

    /**
     * The owner of a side re-certifies their side: members in {@code kept} are confirmed (a lapsed member
     * gets their access back), members in {@code letGo} lose access. Both lists are named explicitly, so
     * that someone the owner did not see (added meanwhile) is left as they are rather than removed.
     *
     * @throws ContractRuleException {@code access.error.certify.notMember} when a list names someone who is
     *         not a member of the caller's side, or someone in both lists; {@code .certify.stays} when
     *         {@code letGo} names the caller, an owner or the contact person; nothing is changed
     */
    void certifyAccess(UUID contractId, Set<UUID> kept, Set<UUID> letGo);

    /**
     * Opens a re-certification round, when a steering review is held: editors and viewers not certified
     * since {@code from} lose access after {@code due}. For the members who keep the review's record (editors
     * and owners). Publishes {@link ContractEvent.RecertificationOpened}.
     *
     * @throws ContractRuleException {@code access.error.recertification.due} when due is before from's day
     */
    void openRecertification(UUID contractId, Instant from, LocalDate due);
}
