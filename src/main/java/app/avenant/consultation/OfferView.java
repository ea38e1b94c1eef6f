package app.avenant.consultation;

import app.avenant.contract.terms.Terms;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One provider's offer as its reader may see it: the PME sees every offer, a provider only its own.
 *
 * @param terms         the terms offered (the need with the provider's prices and levels); null until answered
 * @param answers       the security answers; empty until answered
 * @param note          the provider's note; blank until answered
 * @param answeredAt    when the offer was last sent; null until answered
 * @param answeredBy    who sent it; blank until answered
 * @param declineReason why the provider declined; blank unless declined
 */
public record OfferView(
        UUID id,
        UUID providerId,
        String providerName,
        OfferStatus status,
        @Nullable Terms terms,
        Map<SecurityQuestion, SecurityAnswer> answers,
        String note,
        @Nullable Instant answeredAt,
        String answeredBy,
        String declineReason) {

    public OfferView {
        answers = Map.copyOf(answers);
    }

    public boolean answered() {
        return terms != null
                && (status == OfferStatus.ANSWERED || status == OfferStatus.CHOSEN || status == OfferStatus.NOT_CHOSEN);
    }
}
