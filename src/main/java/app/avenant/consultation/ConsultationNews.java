package app.avenant.consultation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a consultation's parties are told by mail, published in the transaction of the action (the mail module words
 * and queues one message per person, in their language): a provider invited, chosen, not chosen, or the consultation
 * closed; the PME's admin who launched it, an offer received. A provider is never told who else was consulted nor
 * who was chosen.
 *
 * @param recipientIds   who is told: the provider organisation's admins, or the PME's admin who launched it
 * @param organisationId the recipients' organisation
 * @param otherParty     the name of the other side: the consulting PME for a provider, the provider for the PME
 * @param answerBy       the last day to answer, for an invitation; null otherwise
 * @param path           where the message leads, relative to the portal
 */
public record ConsultationNews(
        Kind kind,
        List<UUID> recipientIds,
        UUID organisationId,
        String title,
        String otherParty,
        @Nullable LocalDate answerBy,
        String path) {

    public enum Kind {
        INVITED,
        CHOSEN,
        NOT_CHOSEN,
        CLOSED,
        /** To the PME: a provider sent (or updated) its offer. */
        OFFER_RECEIVED
    }

    public ConsultationNews {
        recipientIds = List.copyOf(recipientIds);
    }
}
