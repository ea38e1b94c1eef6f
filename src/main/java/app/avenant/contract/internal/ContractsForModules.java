package app.avenant.contract.internal;

import app.avenant.contract.Approval;
import app.avenant.contract.ContractDeadlineView;
import app.avenant.contract.ContractRole;
import app.avenant.contract.ContractStatus;
import app.avenant.contract.NewContract;
import app.avenant.contract.VersionAdoption;
import app.avenant.contract.VersionedTerms;
import app.avenant.contract.terms.Terms;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The contract module as other modules' services use it, never as a user does: nothing here checks the
 * caller's right on the contract, because only the modules whose {@code package-info} allows
 * {@code "contract :: internal"} can reach it (Spring Modulith's verification fails the build otherwise).
 * What a user may do is on {@link app.avenant.contract.Contracts}, which checks membership on every call.
 */
public interface ContractsForModules {

    /** Demo data: a contract between two organisations, status brouillon, version 0. */
    UUID openContract(NewContract contract);

    /**
     * Demo data: a draft contract brought in with the status it already has elsewhere, without the checks a
     * user's decision goes through (only from brouillon: {@code Contract.bringInAs}).
     */
    void setStatus(UUID contractId, ContractStatus status);

    /** Gives a user of a party organisation a role on the contract, optionally as their side's contact person. */
    void enrol(UUID contractId, UUID userId, ContractRole role, boolean contactPerson);

    /**
     * Locks the contract row until the end of the caller's transaction and returns its current terms:
     * what an acceptance builds on, so two acceptances can never both build on the same version.
     */
    VersionedTerms currentTermsForUpdate(UUID contractId);

    /**
     * The terms in force, checking no caller: for a read another module does once for members it already checked
     * (the change module's live updates, docs/decisions/0029).
     */
    VersionedTerms currentTerms(UUID contractId);

    /**
     * The contract of that reference when the organisation is one of its two parties; empty otherwise, so a
     * caller acting for an organisation (an API token) cannot tell another organisation's contract from a
     * missing one.
     */
    Optional<UUID> contractOfParty(UUID organisationId, String reference);

    /** The user's role on each of these contracts where they have an active membership; the others are left out. */
    Map<UUID, ContractRole> rolesOf(UUID userId, java.util.Collection<UUID> contractIds);

    /**
     * The user's role on every contract where they have an active membership (one statement): what awaits them
     * across all their contracts (the home page puts those first).
     */
    Map<UUID, ContractRole> rolesOf(UUID userId);

    /** The role of every member, by user id (notifications reach members of that contract only). */
    Map<UUID, ContractRole> memberRoles(UUID contractId);

    /**
     * The one way a version is born: the terms both sides approved become version n+1. Called by accepted
     * change requests and the demo data. Each approver must hold an approving role (owner, manager) of their
     * side on this contract.
     */
    int adoptVersion(UUID contractId, Terms terms, String summary, Approval client, Approval provider);

    /**
     * Active and pilot contracts with at least one adopted version, with the header in force and both contact
     * persons; by id, one page (one query): the daily notice-deadline alerts.
     */
    List<ContractDeadlineView> renewalWatch(int offset, int limit);

    /** Every version's number and adoption time, oldest first, of any contract. */
    List<VersionAdoption> adoptions(UUID contractId);

    /** The reference and title of each of those contracts that exists, in one query (the bell names them). */
    Map<UUID, Name> names(Collection<UUID> contractIds);

    /** How a contract is named to a reader: its reference and its title. */
    record Name(String reference, String title) {}

    /**
     * The contract's reference and its two parties' organisations, for a module that acts for an organisation (an
     * API token) rather than a member; {@link app.avenant.contract.ContractNotFoundException} when none.
     */
    Parties parties(UUID contractId);

    record Parties(String reference, UUID clientOrganisationId, UUID providerOrganisationId) {}

    /** The terms of one version of any contract; version 0 is the empty terms every contract starts from. */
    Terms termsOfVersion(UUID contractId, int versionNumber);

    /**
     * The terms of the stored versions {@code from}..{@code to} of any contract, by number, in one statement;
     * version 0 (never stored) is left out.
     */
    Map<Integer, Terms> termsOfVersions(UUID contractId, int from, int to);
}
