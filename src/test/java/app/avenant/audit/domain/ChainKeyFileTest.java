package app.avenant.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChainKeyFileTest {

    @TempDir
    Path folder;

    @Test
    void the_first_start_creates_the_file_with_its_folders_owner_only_and_records_the_next_number_as_the_first_keyed()
            throws Exception {
        Path file = folder.resolve("a/b/audit-chain.key");

        ChainKey key = ChainKeyFile.loadOrCreate(file, () -> 42, new SecureRandom());

        assertThat(key.keyedFrom()).isEqualTo(42);
        assertThat(Files.readString(file)).contains("keyed-from=42");
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .isEqualTo("rw-------");
        }
        assertThat(folder.resolve("a/b"))
                .isDirectoryContaining(p -> p.getFileName().toString().equals("audit-chain.key"))
                .isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".new"));
    }

    @Test
    void later_starts_read_the_same_key_and_never_ask_the_database_again() {
        Path file = folder.resolve("audit-chain.key");
        AtomicInteger asked = new AtomicInteger();
        ChainKey first = ChainKeyFile.loadOrCreate(file, () -> asked.incrementAndGet() + 9, new SecureRandom());

        ChainKey again = ChainKeyFile.loadOrCreate(file, () -> asked.incrementAndGet() + 99, new SecureRandom());

        assertThat(asked).hasValue(1);
        assertThat(again.keyedFrom()).isEqualTo(first.keyedFrom()).isEqualTo(10);
        String canonical = AuditHash.canonical(10, 0, null, "a", null, null, "EXPORT", "", AuditHash.GENESIS);
        assertThat(again.hash(10, canonical)).isEqualTo(first.hash(10, canonical));
    }

    @Test
    void two_fresh_files_hold_different_random_secrets() {
        String canonical = AuditHash.canonical(1, 0, null, "a", null, null, "EXPORT", "", AuditHash.GENESIS);

        ChainKey one = ChainKeyFile.loadOrCreate(folder.resolve("one.key"), () -> 1, new SecureRandom());
        ChainKey two = ChainKeyFile.loadOrCreate(folder.resolve("two.key"), () -> 1, new SecureRandom());

        assertThat(one.hash(1, canonical)).isNotEqualTo(two.hash(1, canonical));
    }

    @Test
    void a_file_without_its_secret_is_refused_without_printing_what_it_holds() throws Exception {
        Path file = folder.resolve("broken.key");
        Files.writeString(file, "keyed-from=3\nsecrett=c2VjcmV0\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ChainKeyFile.loadOrCreate(file, () -> 1, new SecureRandom()))
                .hasMessageContaining("secret")
                .hasMessageNotContaining("c2VjcmV0");
    }
}
