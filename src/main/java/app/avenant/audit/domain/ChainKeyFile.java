package app.avenant.audit.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The key file: a few lines of text holding the chain's secret (Base64) and the number of the first keyed
 * entry. Created once, when absent, with a fresh secret and the next number the chain will take (entries
 * before it are legacy, plain SHA-256); never rewritten, since a new secret would break every keyed entry.
 * Written under a temporary name and moved into place, readable and writable by its owner only where the
 * file system has POSIX permissions. Plain Java: tested without Spring.
 */
final class ChainKeyFile {

    private static final String SECRET = "secret=";
    private static final String KEYED_FROM = "keyed-from=";

    private ChainKeyFile() {}

    /**
     * The key in {@code file}, created first if there is none; {@code nextSeq} is asked only then (the
     * number the next entry will take).
     */
    static ChainKey loadOrCreate(Path file, LongSupplier nextSeq, SecureRandom random) {
        try {
            if (!Files.exists(file)) {
                create(file, nextSeq.getAsLong(), random);
            }
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the audit chain's key file " + file, e);
        }
    }

    static ChainKey read(Path file) throws IOException {
        String secret = null;
        Long keyedFrom = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.startsWith(SECRET)) {
                secret = l.substring(SECRET.length());
            } else if (l.startsWith(KEYED_FROM)) {
                keyedFrom = Long.parseLong(l.substring(KEYED_FROM.length()));
            }
        }
        if (secret == null || keyedFrom == null) {
            // no content in the message: it would be the secret
            throw new IllegalStateException("The audit chain's key file " + file + " lacks its "
                    + (secret == null ? "secret" : "keyed-from") + " line");
        }
        return new ChainKey(Base64.getDecoder().decode(secret), keyedFrom);
    }

    private static void create(Path file, long keyedFrom, SecureRandom random) throws IOException {
        byte[] secret = new byte[ChainKey.MIN_SECRET_BYTES];
        random.nextBytes(secret);
        List<String> lines = List.of(
                "# Avenant: the secret keying the audit trail's hash chain (docs/decisions/0013-keyed-audit-chain.md).",
                "# Back it up with the database, keep it readable by the application only, never change it.",
                "# Entries numbered before keyed-from were written before the chain had a key (plain SHA-256).",
                KEYED_FROM + keyedFrom,
                SECRET + Base64.getEncoder().encodeToString(secret));
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = folder.resolve(file.getFileName() + ".new");
        Files.deleteIfExists(temporary);
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // owner-only from its first byte, never readable by others even for a moment
            Files.createFile(
                    temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(temporary);
        }
        Files.write(temporary, lines, StandardCharsets.UTF_8);
        try {
            // never replaces a key another process created meanwhile: that one wins, ours is dropped
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException e) {
            // another process created it first: that key is the one read below
        } catch (UnsupportedOperationException e) {
            Files.move(temporary, file); // no hard links here: a plain move, which refuses to replace a file too
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
