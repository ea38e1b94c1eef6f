package app.avenant.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A contract's life-cycle as its parties decide it: a PME's admin creates it (brouillon), the PME's owner starts
 * a pilot and moves it to active; every member reads the pilot's progress and the status history. The rules of
 * each move are the contract's own ({@code Contract.startPilot}, {@code Contract.activate}); every method first
 * checks the caller's right on that contract, and a non-member gets {@link ContractNotFoundException}, exactly
 * as for a missing contract.
 *
 * @see Contracts reading a contract and its history
 */
public interface ContractLifecycle {

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
     * @throws AccessDeniedException when the caller is not an
     *         organisation admin of a PME
     */
    UUID createContract(NewContractRequest request);

    /**
     * The PME's owner starts a pilot phase (un essai sur un volume limité) on a draft contract with at least
     * one adopted version: status pilote, with a volume cap and an end date.
     *
     * @throws ContractRuleException {@code contract.error.pilot.status}, {@code .pilot.noVersion},
     *         {@code .pilot.volumeCap} (below 1) or {@code .pilot.endDate} (not after today); nothing is stored
     * @throws AccessDeniedException for any other member
     */
    void startPilot(UUID contractId, long volumeCap, LocalDate endDate);

    /**
     * The PME's owner decides to move a draft or pilot contract to active, with an optional note; recorded
     * in the status history (who, when, from, to, note).
     *
     * @throws ContractRuleException {@code contract.error.activate.status}, {@code .activate.noVersion},
     *         {@code .activate.contactPersons} (a side has no contact person) or {@code .activate.note} (too long)
     * @throws AccessDeniedException for any other member
     */
    void activate(UUID contractId, @Nullable String note);

    /**
     * Go on with the pilot: a new end date (after the current one and today) and volume cap, with a note.
     *
     * @throws ContractRuleException {@code contract.error.lifecycle.status} (not a pilot), {@code .pilot.volumeCap},
     *         {@code .pilot.extendDate} or {@code .activate.note}; nothing is stored
     * @throws AccessDeniedException for any member but the PME's owner
     */
    void extendPilot(UUID contractId, long volumeCap, LocalDate endDate, @Nullable String note);

    /**
     * No-go: the pilot ends the contract, with the owner's reason. The contract becomes read-only and both sides
     * work through the exit checklist.
     *
     * @throws ContractRuleException {@code contract.error.lifecycle.status}, {@code .lifecycle.reason} (none given)
     *         or {@code .activate.note} (too long); nothing is stored
     */
    void stopPilot(UUID contractId, String reason);

    /** An active contract is suspended, with the owner's reason (same refusals as {@link #stopPilot}). */
    void suspend(UUID contractId, String reason);

    /** A suspended contract is active again, with an optional note. */
    void resume(UUID contractId, @Nullable String note);

    /**
     * An active or suspended contract ends, at its term or by notice ({@code byNotice}), with the owner's reason:
     * read-only from then on, the exit checklist opens for both sides.
     */
    void end(UUID contractId, boolean byNotice, String reason);

    /** The exit checklist of an ended contract, for any member (empty ticks before the end). */
    ExitChecklist exitChecklist(UUID contractId);

    /**
     * The owner of a side (PME's owner, provider's manager) ticks or unticks an item for their side. When both
     * sides have ticked every item the exit is done: the provider's accesses end, in the same transaction.
     *
     * @throws ContractRuleException {@code contract.error.exit.status} (the contract has not ended) or
     *         {@code .exit.done} (already completed)
     * @throws AccessDeniedException for any member who owns no side
     */
    void tickExit(UUID contractId, ExitItem item, boolean done);

    /** The pilot's terms and the checklist before "actif", for any member. */
    PilotProgress pilotProgress(UUID contractId);

    /** Status history (moves between statuses, pilot start, contact persons named), newest first. */
    List<StatusChange> statusChanges(UUID contractId, int offset, int limit);
}
