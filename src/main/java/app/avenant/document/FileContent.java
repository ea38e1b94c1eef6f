package app.avenant.document;

import java.io.IOException;
import java.io.InputStream;

/** A kept file to send: its name, what it is, its size, and its bytes, read when sent. */
public record FileContent(String fileName, String mediaType, long sizeBytes, Opener bytes) {

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }
}
