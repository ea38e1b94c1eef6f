package app.avenant.consultation;

import app.avenant.contract.Activity;
import app.avenant.contract.terms.ObjectiveKind;
import app.avenant.contract.terms.Terms;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A consultation as its reader may see it.
 *
 * @param asClient       true for the PME (every offer listed), false for an invited provider (its own offer only)
 * @param offers         the PME: every invited provider's offer; a provider: its own
 * @param decisionReason why the PME chose (or closed without choosing); shown to the PME only, blank before
 * @param decidedAt      when it decided; null before
 * @param contractId     the contract the chosen offer opened: for the PME, and for the chosen provider; null
 *                       otherwise
 * @param changeRequestId its change request n°1, for the same readers; null otherwise
 * @param decisionWeights the weights the PME's comparison had when it chose; null before, and for a provider
 */
public record ConsultationDetail(
        UUID id,
        String title,
        Activity activity,
        ObjectiveKind serves,
        ConsultationStatus status,
        Terms need,
        Set<SecurityQuestion> questions,
        LocalDate answerBy,
        String clientName,
        String createdBy,
        Instant createdAt,
        boolean asClient,
        List<OfferView> offers,
        String decisionReason,
        @Nullable Instant decidedAt,
        @Nullable UUID contractId,
        @Nullable UUID changeRequestId,
        @Nullable Weights decisionWeights) {

    public ConsultationDetail {
        questions = Set.copyOf(questions);
        offers = List.copyOf(offers);
    }

    public boolean open() {
        return status == ConsultationStatus.OPEN;
    }
}
