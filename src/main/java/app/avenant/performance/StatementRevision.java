package app.avenant.performance;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One revision of a month's statement. Revision 1 opens by itself; each later one is opened by a person,
 * with a reason, to correct a locked month (the trail of corrections).
 *
 * @param openedBy            display name; null for revision 1
 * @param reason              why the locked month was reopened; null for revision 1
 * @param clientValidatedBy   display name of the PME's validator, once validated
 * @param providerValidatedBy display name of the provider's validator, once validated
 * @param lockedTotalDue      the total due when both sides validated this revision; null until then
 */
public record StatementRevision(
        int number,
        @Nullable String openedBy,
        @Nullable Instant openedAt,
        @Nullable String reason,
        @Nullable String clientValidatedBy,
        @Nullable Instant clientValidatedAt,
        @Nullable String providerValidatedBy,
        @Nullable Instant providerValidatedAt,
        @Nullable BigDecimal lockedTotalDue) {}
