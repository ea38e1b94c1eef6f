package app.avenant.document;

import java.util.List;
import java.util.UUID;

/**
 * The files kept with a contract (issue 14, point 3): the signed contract, annexes, procedures. Any member lists and
 * downloads them; members who may edit the contract add them; who added a file, or the owner of their side, removes
 * it. A non-member gets "not found" for every method, as for a contract that does not exist.
 */
public interface ContractFiles {

    /** The largest file kept: 20 MB. */
    int MAX_BYTES = 20 * 1024 * 1024;

    /** The files not removed, newest first. */
    List<KeptFile> list(UUID contractId, int offset, int limit);

    long count(UUID contractId);

    /** True when the caller may add files to this contract (an editor or an owner of either side). */
    boolean canAdd(UUID contractId);

    /**
     * Keeps a file: its kind told by its content, its name made safe, its bytes stored once by their SHA-256.
     *
     * @throws FileRefusedException too large, empty, or not an accepted kind (nothing is stored then)
     * @throws org.springframework.security.access.AccessDeniedException for a member who may not edit
     */
    KeptFile add(UUID contractId, String fileName, byte[] content);

    /**
     * Hides the file from the list (its row and bytes stay, for the audit trail). A closed request's files stay as
     * they were when it closed.
     */
    void remove(UUID contractId, UUID fileId);

    /** The file to send to a member; audited. A removed file is not found. */
    FileContent download(UUID contractId, UUID fileId);

    // --- the files attached to a change request: the same rules, on the request's contract; once the request is
    // closed they stay as they were ---

    /** @throws RequestNotFoundException for a stranger or no such request */
    RequestFolder requestFolder(UUID changeRequestId);

    /** The files attached to the request, newest first. */
    List<KeptFile> listOnRequest(UUID changeRequestId, int offset, int limit);

    long countOnRequest(UUID changeRequestId);

    /**
     * Attaches a file to an open request, by the rules of {@link #add}; the same document twice on one request is
     * refused.
     *
     * @throws org.springframework.security.access.AccessDeniedException for a member who may not edit, or a closed
     *                                                                   request
     */
    KeptFile addToRequest(UUID changeRequestId, String fileName, byte[] content);
}
