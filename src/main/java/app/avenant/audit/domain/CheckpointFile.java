package app.avenant.audit.domain;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The checkpoint file: one line per checkpoint, appended and forced to disk, never rewritten. Verification
 * reads only its tail (the latest checkpoints), so a file that grows for years costs nothing to check. Plain
 * Java: tested without Spring.
 */
final class CheckpointFile {

    /** How much of the file's end is read: about 150 checkpoints, hours of a busy chain. */
    static final int TAIL_BYTES = 16 * 1024;

    private final Path file;

    CheckpointFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    synchronized void append(Checkpoint checkpoint) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(
                file,
                checkpoint.line() + "\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND,
                StandardOpenOption.WRITE,
                StandardOpenOption.SYNC);
    }

    /** The latest checkpoints, oldest first; none when the file does not exist yet. */
    synchronized List<Checkpoint> latest() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        String tail;
        boolean whole;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            int size = (int) Math.min(length, TAIL_BYTES);
            whole = size == length;
            byte[] bytes = new byte[size];
            raf.seek(length - size);
            raf.readFully(bytes);
            tail = new String(bytes, StandardCharsets.UTF_8);
        }
        List<String> lines = new ArrayList<>(List.of(tail.split("\n")));
        if (!whole && !lines.isEmpty()) {
            lines.removeFirst(); // cut in the middle
        }
        return lines.stream().map(Checkpoint::parse).filter(Objects::nonNull).toList();
    }
}
