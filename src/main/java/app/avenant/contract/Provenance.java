package app.avenant.contract;

import app.avenant.contract.terms.FieldChange;
import app.avenant.contract.terms.ItemChange;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who introduced each change between two versions: of the requests that produced the versions in between,
 * the latest one that changed the field (an earlier request's value was overwritten by it), with the side and
 * person of that request who proposed the value. A field matched by its item only (a band renumbered by a
 * later merge) is credited to the latest request that changed that item.
 */
public final class Provenance {

    /** The request that introduced a change, who in it proposed the value, and the note of that revision. */
    public record Attribution(VersionOrigin request, Side side, String authorName, String note) {}

    private final List<VersionOrigin> newestFirst;

    public Provenance(List<VersionOrigin> origins) {
        this.newestFirst = origins.stream()
                .sorted(Comparator.comparingInt(VersionOrigin::version).reversed())
                .toList();
    }

    public Optional<Attribution> of(ItemChange item, FieldChange field) {
        for (VersionOrigin origin : newestFirst) {
            for (VersionOrigin.Proposal proposal : origin.fields()) {
                if (proposal.isOf(item, field)) {
                    return Optional.of(
                            new Attribution(origin, proposal.side(), proposal.authorName(), proposal.note()));
                }
            }
        }
        for (VersionOrigin origin : newestFirst) {
            for (VersionOrigin.Proposal proposal : origin.fields()) {
                if (proposal.isOf(item)) {
                    return Optional.of(
                            new Attribution(origin, proposal.side(), proposal.authorName(), proposal.note()));
                }
            }
        }
        return Optional.empty();
    }

    /** The requests in range, oldest first: the compare lists them above its table. */
    public List<VersionOrigin> requests() {
        return newestFirst.reversed();
    }
}
