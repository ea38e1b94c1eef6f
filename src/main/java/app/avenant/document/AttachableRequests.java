package app.avenant.document;

import app.avenant.contract.Side;
import app.avenant.contract.terms.ScopeAttachment;
import java.util.Optional;
import java.util.UUID;

/**
 * The change requests files may be attached to, as the change module knows them: this module cannot depend on it (the
 * change module links to the files), so the change module implements this interface. No user's right is checked
 * here: {@link ContractFiles} checks the caller's role on the request's contract first.
 */
public interface AttachableRequests {

    /** The request, whichever contract it is of; empty when there is none. */
    Optional<AttachableRequest> find(UUID changeRequestId);

    /**
     * A document that a revision of one of this contract's change requests attaches to a scope item, found by its
     * content; empty when no revision names it.
     */
    Optional<ScopeAttachment> proposedScopeDocument(UUID contractId, String sha256);

    /**
     * @param number     "n° 7"
     * @param open       files may still be added and removed (not accepted, rejected or withdrawn)
     * @param draft      not submitted yet: only its author's side adds files to it
     * @param authorSide who wrote it
     */
    record AttachableRequest(
            UUID id, UUID contractId, int number, String title, boolean open, boolean draft, Side authorSide) {

        /** Whether a member of {@code side} may add files now (their right to edit the contract aside). */
        public boolean takesFilesFrom(Side side) {
            return open && (!draft || side == authorSide);
        }
    }
}
