package app.avenant.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When checkpoints are written, without Spring: on a schedule when the chain moved, and at shutdown. */
class AuditCheckpointsTest {

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void the_highest_entry_appended_is_written_once_and_nothing_while_the_chain_stands_still() throws Exception {
        Path file = folder.resolve("audit-checkpoints.log");
        AuditCheckpoints checkpoints = new AuditCheckpoints(file, Duration.ofMinutes(1), clock);

        checkpoints.writeNow();
        assertThat(file).doesNotExist();

        checkpoints.appended(8, "8".repeat(64));
        checkpoints.appended(7, "7".repeat(64)); // committed later, appended earlier: not the end of the chain
        checkpoints.writeNow();
        checkpoints.writeNow();

        assertThat(checkpoints.latest()).containsExactly(new Checkpoint(clock.instant(), 8, "8".repeat(64)));
    }

    @Test
    void the_schedule_writes_when_the_chain_moved_and_shutdown_writes_the_last_entries() throws Exception {
        Path file = folder.resolve("audit-checkpoints.log");
        AuditCheckpoints checkpoints = new AuditCheckpoints(file, Duration.ofMillis(20), clock);
        checkpoints.start();
        try {
            checkpoints.appended(1, "1".repeat(64));
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> !checkpoints.latest().isEmpty());
            assertThat(checkpoints.latest()).extracting(Checkpoint::seq).containsExactly(1L);
        } finally {
            checkpoints.appended(2, "2".repeat(64));
            checkpoints.stop();
        }

        assertThat(checkpoints.isRunning()).isFalse();
        assertThat(checkpoints.latest()).extracting(Checkpoint::seq).containsExactly(1L, 2L);
    }
}
