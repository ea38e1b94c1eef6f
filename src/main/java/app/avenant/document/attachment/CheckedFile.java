package app.avenant.document.attachment;

import app.avenant.document.ContractFiles;
import app.avenant.document.FileRefusedException;
import app.avenant.shared.Sha256;

/**
 * An uploaded file that passed the rules every kept file follows, for the contract's files, a request's and a scope
 * item's alike: not empty, 20 MB at most, its kind told by its content, its name made safe, its SHA-256 computed.
 *
 * @param name what the file is called from now on (last path part only, an extension of what it is)
 */
public record CheckedFile(String name, FileKind kind, String sha256) {

    /** @throws FileRefusedException empty, too large, or not an accepted kind: nothing is stored then */
    public static CheckedFile of(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new FileRefusedException("document.files.error.empty");
        }
        if (content.length > ContractFiles.MAX_BYTES) {
            throw new FileRefusedException("document.files.error.tooBig");
        }
        String given = fileName == null ? "" : fileName;
        FileKind kind =
                FileKind.of(content, given).orElseThrow(() -> new FileRefusedException("document.files.error.kind"));
        return new CheckedFile(FileNames.safe(given, kind), kind, Sha256.hex(content));
    }
}
