package app.avenant.contract;

import app.avenant.contract.terms.Terms;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A contract and its history as its members read them: the list of the caller's contracts, one contract's
 * workspace, members, versions and their comparison, the caller's role, the current terms. Every method checks
 * the caller's membership of the contract it touches; a non-member gets {@link ContractNotFoundException},
 * exactly as for a missing contract. Its life-cycle (creation, pilot, activation) is {@link ContractLifecycle},
 * who has access {@link ContractAccess}; what only other modules' services may do is on
 * {@link app.avenant.contract.internal.ContractsForModules}.
 */
public interface Contracts {

    /** "Mes contrats": the caller's contracts matching the filter, newest change first, one page. */
    List<ContractSummary> myContracts(ContractFilter filter, int offset, int limit);

    /**
     * As {@link #myContracts}, the contracts of {@code first} before the others, ordered
     * in the query itself so that one of them never waits on a later page (the home page's "à moi" first).
     */
    List<ContractSummary> myContractsPuttingFirst(
            ContractFilter filter, java.util.Collection<UUID> first, int offset, int limit);

    long countMyContracts(ContractFilter filter);

    /**
     * The caller's running contracts (pilote, actif) whose last day to give notice falls within {@code days} days
     * from today, soonest first: the home's "what needs me". Two statements whatever their number.
     */
    List<NoticeDue> myNoticeDeadlines(int days);

    /**
     * The caller's pilots ending within {@code days} days (or already past their end without a decision), soonest
     * first: the home's "what needs me". Two statements whatever their number.
     */
    List<PilotDue> myPilotsEnding(int days);

    /** The other parties of the caller's contracts (a PME's providers, a provider's clients), by name. */
    List<app.avenant.identity.OrganisationRef> myCounterparties();

    /**
     * The ids of the caller's contracts (at most {@code limit}), for what only needs to know which they are (the
     * bell's count of actions due): one statement, read once per request.
     */
    Set<UUID> myContractIds(int limit);

    /** One contract as "Mes contrats" shows it, without its terms: for screens that only name it. */
    ContractSummary summary(UUID contractId);

    ContractWorkspace workspace(UUID contractId);

    /**
     * Members of both sides who have access today, contact persons first: whom the screens offer as attendees
     * or action owners. Those whose access ended or lapsed are only in {@link ContractAccess#accessReview}.
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

    /**
     * The caller's role on the contract; not found for non-members. The check other modules start with before a
     * write: on an ended contract it is the viewer role of the caller's side, so nothing changes in it any more.
     */
    ContractRole myRole(UUID contractId);

    /**
     * The role the caller was granted, also on an ended contract: for reads reserved to a side's owner (the audit
     * trail), never before a write ({@link #myRole}).
     */
    ContractRole myGrantedRole(UUID contractId);

    /**
     * The current version's terms, for a member. A contract still being drafted (no version adopted yet) is
     * at version 0 with empty terms and a default header ({@link #termsOfVersion} of 0).
     */
    VersionedTerms currentTerms(UUID contractId);
}
