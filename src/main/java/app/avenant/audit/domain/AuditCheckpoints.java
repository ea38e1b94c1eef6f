package app.avenant.audit.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Writes the end of the chain to a file outside the database, so a deleted tail (with the head moved back)
 * or a rewritten chain is caught by verification even from someone who holds the schema owner's rights.
 * <p>
 * What is written is what this process itself appended and saw committed, never what the database says:
 * rows changed behind the application's back can never become a checkpoint. Written every
 * {@code avenant.audit.checkpoint-interval} (1 minute) when the chain moved, and once more at shutdown,
 * after the web server has let the last requests finish. Its own thread rather than {@code @Scheduled}: the
 * portal's scheduling is switched on and off with the alerts (tests keep it off).
 */
@Component
public class AuditCheckpoints implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

    private final CheckpointFile file;
    private final Clock clock;
    private final Duration interval;
    private final AtomicReference<@Nullable Checkpoint> appended = new AtomicReference<>();
    private long writtenSeq;
    private @Nullable ScheduledExecutorService scheduler;

    AuditCheckpoints(
            @Value("${avenant.audit.checkpoint-file:${avenant.data-dir}/audit-checkpoints.log}") Path file,
            @Value("${avenant.audit.checkpoint-interval:1m}") Duration interval,
            Clock clock) {
        this.file = new CheckpointFile(file);
        this.interval = interval;
        this.clock = clock;
    }

    /** An entry this process appended, once committed: the highest number wins whatever the order of calls. */
    void appended(long seq, String hash) {
        Checkpoint now = new Checkpoint(clock.instant(), seq, hash);
        appended.accumulateAndGet(now, (old, mine) -> old == null || mine.seq() > old.seq() ? mine : old);
    }

    /** Writes the last entry appended, if the chain moved since the last checkpoint. */
    public synchronized void writeNow() {
        Checkpoint last = appended.get();
        if (last == null || last.seq() <= writtenSeq) {
            return;
        }
        try {
            file.append(new Checkpoint(clock.instant(), last.seq(), last.hash()));
            writtenSeq = last.seq();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit checkpoint file " + file.path(), e);
        }
    }

    /** The latest checkpoints, oldest first. */
    List<Checkpoint> latest() {
        try {
            return file.latest();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit checkpoint file " + file.path(), e);
        }
    }

    private void writeQuietly() {
        try {
            writeNow();
        } catch (RuntimeException e) {
            // the next round tries again; appends go on meanwhile
            log.warn("Audit checkpoint not written: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "audit-checkpoints");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        started.scheduleWithFixedDelay(this::writeQuietly, millis, millis, TimeUnit.MILLISECONDS);
        scheduler = started;
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
        writeQuietly();
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** Stops after the web server's graceful shutdown (lower phases stop later): the last appends are in. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }
}
