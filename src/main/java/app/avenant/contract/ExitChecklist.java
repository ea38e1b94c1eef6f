package app.avenant.contract;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The exit checklist of an ended contract, as a member reads it.
 *
 * @param lines       one per {@link ExitItem}, in their order
 * @param mySide      the side the reader ticks for (its owner: the PME's owner, the provider's manager), or null when
 *                    the reader ticks nothing (another member, or the exit is done)
 * @param completedAt when both sides had ticked everything (the provider's accesses ended then), or null
 */
public record ExitChecklist(
        List<Line> lines, @Nullable Side mySide, @Nullable Instant completedAt) {

    public ExitChecklist {
        lines = List.copyOf(lines);
    }

    /** @param client, provider who ticked the item for that side and when; null while not ticked */
    public record Line(
            ExitItem item, @Nullable Tick client, @Nullable Tick provider) {

        public @Nullable Tick of(Side side) {
            return side == Side.CLIENT ? client : provider;
        }
    }

    public record Tick(String byName, Instant at) {}
}
