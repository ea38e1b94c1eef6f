package app.avenant.document.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@link FileStore} in a folder, {@code <data folder>/files} unless {@code avenant.files.dir} says otherwise: each
 * content in {@code ab/cd/<sha256>}. Written to a temporary file, forced to the disk, then moved into place in one
 * step, so a crash leaves either no file or the whole file, never half of one; the database row that names it is
 * written only after. Backed up with the rest of the data folder (README, "Operate it").
 */
@Component
class FileSystemStore implements FileStore {

    private final Path root;

    FileSystemStore(@Value("${avenant.files.dir:${avenant.data-dir:./data}/files}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String sha256, byte[] content) throws IOException {
        Path target = pathOf(sha256);
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    @Override
    public boolean contains(String sha256) {
        return Files.exists(pathOf(sha256));
    }

    /** Only 64 hexadecimal digits name a file: nothing typed anywhere can reach outside the folder. */
    private Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }
}
