package app.avenant.contract;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One side of a contract as the workspace shows it.
 *
 * @param organisationId   the organisation
 * @param organisationName its name
 * @param contactUserId    the named contact person (interlocuteur identifié), or null when none yet
 * @param contactName      the contact person's display name, or null
 */
public record Party(
        Side side,
        UUID organisationId,
        String organisationName,
        @Nullable UUID contactUserId,
        @Nullable String contactName) {}
