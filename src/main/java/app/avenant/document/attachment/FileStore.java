package app.avenant.document.attachment;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of kept files are: by their SHA-256, so the same file added twice is stored once and a stored file
 * never changes. On the file system under the data folder by default ({@link FileSystemStore}); an S3-compatible
 * store would implement the same three methods.
 */
public interface FileStore {

    /** Stores the bytes under their SHA-256 (nothing to do when already there); on disk when this returns. */
    void put(String sha256, byte[] content) throws IOException;

    InputStream open(String sha256) throws IOException;

    boolean contains(String sha256);
}
