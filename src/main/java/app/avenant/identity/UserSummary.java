package app.avenant.identity;

import java.util.Locale;
import java.util.UUID;

/** One line of the organisation admin's user list; {@code enabled} is {@code status == ACTIVE}. */
public record UserSummary(
        UUID id,
        String username,
        String displayName,
        boolean organisationAdmin,
        Locale locale,
        boolean enabled,
        AccountStatus status) {}
