package app.avenant.contract;

import app.avenant.contract.terms.Terms;
import java.util.List;
import java.util.UUID;

/**
 * The contract module's application service. Every method checks the caller's membership of the contract
 * it touches; a non-member gets {@link ContractNotFoundException}, exactly as for a missing contract.
 * What only other modules' services may do is on {@link app.avenant.contract.internal.ContractsForModules}.
 */
public interface Contracts {

    /** "Mes contrats": the caller's contracts matching the filter, newest change first, one page. */
    List<ContractSummary> myContracts(ContractFilter filter, int offset, int limit);

    long countMyContracts(ContractFilter filter);

    /** One contract as "Mes contrats" shows it, without its terms: for screens that only name it. */
    ContractSummary summary(UUID contractId);

    ContractWorkspace workspace(UUID contractId);

    /**
     * Members of both sides who have access today, contact persons first: whom the screens offer as attendees
     * or action owners. Those whose access ended or lapsed are only in {@link #accessReview}.
     */
    List<Member> members(UUID contractId, int offset, int limit);

    long countMembers(UUID contractId);

    /** History, newest version first. */
    List<VersionSummary> versions(UUID contractId, int offset, int limit);

    long countVersions(UUID contractId);

    /**
     * Every version's number and adoption time, oldest first: what tells which terms were in force when
     * (a handful of rows: a contract has few versions). For a member; other modules' services use
     * {@link app.avenant.contract.internal.ContractsForModules#adoptions}.
     */
    List<VersionAdoption> adoptions(UUID contractId);

    /**
     * The terms of one version, for a member. Version 0 is the empty terms every contract starts from (a default header,
     * nothing else): the base of its first change request.
     */
    Terms termsOfVersion(UUID contractId, int versionNumber);

    /** Differences from version {@code from} to version {@code to} (any two, in either order). */
    VersionComparison compare(UUID contractId, int from, int to);

    /** Organisation admin of one party adds a user of their own organisation with a role of their side. */
    void addMember(UUID contractId, UUID userId, ContractRole role);

    /** Organisation admin of one party names their side's contact person among the side's members. */
    void nameContactPerson(UUID contractId, UUID userId);

    /**
     * The PME's owner starts a pilot phase (un essai sur un volume limité) on a draft contract with at least
     * one adopted version: status pilote, with a volume cap and an end date.
     *
     * @throws ContractRuleException {@code contract.error.pilot.status}, {@code .pilot.noVersion},
     *         {@code .pilot.volumeCap} (below 1) or {@code .pilot.endDate} (not after today); nothing is stored
     * @throws org.springframework.security.access.AccessDeniedException for any other member
     */
    void startPilot(UUID contractId, long volumeCap, java.time.LocalDate endDate);

    /**
     * The PME's owner decides to move a draft or pilot contract to active, with an optional note; recorded
     * in the status history (who, when, from, to, note).
     *
     * @throws ContractRuleException {@code contract.error.activate.status}, {@code .activate.noVersion},
     *         {@code .activate.contactPersons} (a side has no contact person) or {@code .activate.note} (too long)
     * @throws org.springframework.security.access.AccessDeniedException for any other member
     */
    void activate(UUID contractId, @org.jspecify.annotations.Nullable String note);

    /** The pilot's terms and the checklist before "actif", for any member. */
    PilotProgress pilotProgress(UUID contractId);

    /** Status history (moves between statuses, pilot start, contact persons named), newest first. */
    List<StatusChange> statusChanges(UUID contractId, int offset, int limit);

    long countStatusChanges(UUID contractId);

    /** The caller's role on the contract; not found for non-members. The check other modules start with. */
    ContractRole myRole(UUID contractId);

    /**
     * The current version's terms, for a member. A contract still being drafted (no version adopted yet) is
     * at version 0 with empty terms and a default header ({@link #termsOfVersion} of 0).
     */
    VersionedTerms currentTerms(UUID contractId);

    /**
     * An organisation admin of a PME creates a contract between their organisation (the client) and a
     * provider organisation: status brouillon, version 0 (empty terms, drafted through a first change
     * request like any amendment). The creator becomes the contract's owner (CLIENT_OWNER) and the PME's
     * contact person. So that the provider side can negotiate and approve those first terms, every enabled
     * organisation admin of the provider organisation is enrolled as PROVIDER_MANAGER (there is no other
     * way for the provider side to get in yet); naming the provider's contact person stays their choice.
     *
     * @return the new contract's id
     * @throws ContractRuleException with {@code contract.error.reference.invalid}, {@code .reference.taken},
     *         {@code .title.invalid} or {@code .provider.unknown}; nothing is stored
     * @throws org.springframework.security.access.AccessDeniedException when the caller is not an
     *         organisation admin of a PME
     */
    UUID createContract(NewContractRequest request);

    // --- access review (docs/decisions/0008): what each side's owner keeps an eye on ---

    /**
     * Every membership of both sides with its state (active, expired, lapsed, to re-certify), who granted and
     * certified it, and what the caller may do with it; contact persons first. For the owners of both sides
     * (PME owner, provider manager); other members are denied.
     */
    List<AccessEntry> accessReview(UUID contractId, int offset, int limit);

    long countAccessReview(UUID contractId);

    /** The open re-certification round, with what is left to certify on the caller's side; owners only. */
    java.util.Optional<RecertificationRound> recertificationRound(UUID contractId);

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
    void setAccessExpiry(UUID contractId, UUID userId, java.time.@org.jspecify.annotations.Nullable LocalDate expiresOn);

    /**
     * The owner of a side re-certifies their side: members in {@code kept} are confirmed (a lapsed member
     * gets their access back), members in {@code letGo} lose access. Both lists are named explicitly, so
     * that someone the owner did not see (added meanwhile) is left as they are rather than removed.
     *
     * @throws ContractRuleException {@code access.error.certify.notMember} when a list names someone who is
     *         not a member of the caller's side, or someone in both lists; {@code .certify.stays} when
     *         {@code letGo} names the caller, an owner or the contact person; nothing is changed
     */
    void certifyAccess(UUID contractId, java.util.Set<UUID> kept, java.util.Set<UUID> letGo);

    /**
     * Opens a re-certification round, when a steering review is held: editors and viewers not certified
     * since {@code from} lose access after {@code due}. For the members who keep the review's record (editors
     * and owners). Publishes {@link ContractEvent.RecertificationOpened}.
     *
     * @throws ContractRuleException {@code access.error.recertification.due} when due is before from's day
     */
    void openRecertification(UUID contractId, java.time.Instant from, java.time.LocalDate due);
}
