package app.avenant.consultation;

import java.util.List;
import java.util.UUID;

/**
 * What providers are told of a consultation, published in the transaction of the action (the mail module words and
 * queues one message per person, in their language): an invitation to answer, an offer chosen, an offer not chosen,
 * a consultation closed without a choice. A provider is never told who else was consulted nor who was chosen.
 *
 * @param recipientIds the provider organisation's admins (those who answer)
 * @param path         where the message leads, relative to the portal
 */
public record ConsultationNews(
        Kind kind, List<UUID> recipientIds, UUID providerOrganisationId, String title, String clientName, String path) {

    public enum Kind {
        INVITED,
        CHOSEN,
        NOT_CHOSEN,
        CLOSED
    }

    public ConsultationNews {
        recipientIds = List.copyOf(recipientIds);
    }
}
