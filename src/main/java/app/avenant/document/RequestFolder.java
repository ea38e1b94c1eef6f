package app.avenant.document;

import java.util.UUID;

/**
 * The files of one change request as the caller may use them.
 *
 * @param open   files may still be added and removed (the request is not closed)
 * @param canAdd the caller may add files now: the request is open and the caller edits the contract
 */
public record RequestFolder(
        UUID contractId, UUID changeRequestId, int number, String title, boolean open, boolean canAdd) {}
