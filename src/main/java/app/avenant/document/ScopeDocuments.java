package app.avenant.document;

import app.avenant.contract.terms.ScopeAttachment;
import java.util.UUID;

/**
 * Documents attached to scope items (issue 14, point 3): part of the terms, so a change request adds or replaces one
 * and every version keeps the files it had. The bytes are kept once by their SHA-256 in the same store as the
 * contract's files; the terms hold the {@link ScopeAttachment} that names them. A non-member gets "not found".
 */
public interface ScopeDocuments {

    /**
     * Keeps a document about to be attached to a scope item in a proposal of this contract: its kind told by its
     * content, its name made safe, 20 MB at most. It belongs to the terms once a revision names it.
     *
     * @throws FileRefusedException too large, empty, or not an accepted kind (nothing is stored then)
     * @throws org.springframework.security.access.AccessDeniedException for a member who may not edit
     */
    ScopeAttachment keep(UUID contractId, String fileName, byte[] content);

    /**
     * A document a version of this contract, or a revision of one of its change requests, attaches to a scope
     * item; audited. Any other content is not found, whatever the store holds.
     */
    FileContent download(UUID contractId, String sha256);
}
