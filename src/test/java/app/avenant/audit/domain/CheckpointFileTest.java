package app.avenant.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointFileTest {

    @TempDir
    Path folder;

    @Test
    void checkpoints_are_appended_one_line_each_and_read_back_oldest_first() throws Exception {
        CheckpointFile file = new CheckpointFile(folder.resolve("sub/audit-checkpoints.log"));
        Checkpoint first = new Checkpoint(Instant.parse("2026-12-05T10:00:00Z"), 10, "a".repeat(64));
        Checkpoint second = new Checkpoint(Instant.parse("2026-12-05T10:01:00Z"), 12, "b".repeat(64));

        file.append(first);
        file.append(second);

        assertThat(file.latest()).containsExactly(first, second);
        assertThat(Files.readAllLines(file.path())).hasSize(2);
    }

    @Test
    void no_file_yet_means_no_checkpoint_and_a_line_cut_by_a_crash_is_skipped() throws Exception {
        CheckpointFile file = new CheckpointFile(folder.resolve("audit-checkpoints.log"));
        assertThat(file.latest()).isEmpty();

        Checkpoint whole = new Checkpoint(Instant.parse("2026-12-05T10:00:00Z"), 3, "c".repeat(64));
        file.append(whole);
        Files.writeString(
                file.path(), "2026-12-05T10:01:00Z seq=4 hash=dd", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        assertThat(file.latest()).containsExactly(whole);
    }

    @Test
    void a_long_file_is_read_from_its_end_only_the_latest_checkpoints() throws Exception {
        CheckpointFile file = new CheckpointFile(folder.resolve("audit-checkpoints.log"));
        int count = 2 * CheckpointFile.TAIL_BYTES / 100; // lines are about 100 bytes: twice what is read
        for (int seq = 1; seq <= count; seq++) {
            file.append(new Checkpoint(Instant.parse("2026-12-05T10:00:00Z").plusSeconds(seq), seq, "e".repeat(64)));
        }

        var latest = file.latest();

        assertThat(latest).isNotEmpty().hasSizeLessThan(count);
        assertThat(latest.getLast().seq()).isEqualTo(count);
        assertThat(latest)
                .extracting(Checkpoint::seq)
                .isSorted()
                .allSatisfy(seq -> assertThat(seq).isGreaterThan(count / 2L - 10));
    }
}
