package app.avenant.contract;

import app.avenant.contract.terms.FieldChange;
import app.avenant.contract.terms.ItemChange;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.TermsSection;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The change request that produced one version: its number, title and reason, who opened it, who approved it
 * and when, and (when asked for) which side proposed each field it changed.
 *
 * @param version       the version the request became
 * @param requestId     to link to the request's screen
 * @param requestNumber "demande n° 2"
 * @param serves        the objective the request said the change serves (null for requests that did not say)
 * @param approvals     one per side, in the order they were given
 * @param fields        the fields the request changed, each with who proposed its value last; empty when not
 *                      asked for
 */
public record VersionOrigin(
        int version,
        UUID requestId,
        int requestNumber,
        String title,
        String reason,
        @Nullable ObjectiveKind serves,
        Side authorSide,
        String authorName,
        List<Approver> approvals,
        List<Proposal> fields) {

    public VersionOrigin {
        approvals = List.copyOf(approvals);
        fields = List.copyOf(fields);
    }

    /** One side's approval of the request's final revision. */
    public record Approver(Side side, String name, Instant at) {}

    /**
     * One field the request changed (keyed like {@link ItemChange} and {@link FieldChange}), with the side and
     * person whose revision gave it its final value, and that revision's note: why this value (the request's
     * reason explains the first proposal, a counter-proposal's note explains its own value).
     */
    public record Proposal(
            TermsSection section,
            String itemKey,
            String field,
            @Nullable String detail,
            Side side,
            String authorName,
            String note) {

        public boolean isOf(ItemChange item, FieldChange change) {
            return isOf(item) && field.equals(change.field()) && Objects.equals(detail, change.detail());
        }

        public boolean isOf(ItemChange item) {
            return section == item.section() && itemKey.equals(item.key());
        }
    }
}
