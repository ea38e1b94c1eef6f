package app.avenant.document;

import java.util.UUID;

/**
 * The files of one change request as the caller may use them.
 *
 * @param open   files may still be added and removed (the request is not closed)
 * @param canAdd the caller may add files now: the request is open (and, while a draft, of the caller's side) and the
 *               caller edits the contract
 * @param draftOfOtherSide still the other side's draft: the caller reads its files and adds none yet
 */
public record RequestFolder(
        UUID contractId,
        UUID changeRequestId,
        int number,
        String title,
        boolean open,
        boolean canAdd,
        boolean draftOfOtherSide) {}
