package app.avenant.consultation;

import app.avenant.contract.Activity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A consultation in a list. For the PME, how many providers were invited and how many answered; for a provider, its
 * own offer's status (and nothing of the others).
 *
 * @param myOffer the caller's offer status when the caller is an invited provider; null for the PME
 */
public record ConsultationSummary(
        UUID id,
        String title,
        Activity activity,
        ConsultationStatus status,
        LocalDate answerBy,
        Instant createdAt,
        String clientName,
        int invited,
        int answered,
        @Nullable OfferStatus myOffer) {}
