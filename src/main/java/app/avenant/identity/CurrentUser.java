package app.avenant.identity;

import java.util.Locale;
import java.util.UUID;

/**
 * The authenticated caller.
 *
 * @param organisationAdmin true when the user administers their organisation (creates its users, adds
 *                          them to its contracts)
 * @param locale            the user's chosen language (French unless they chose English)
 */
public record CurrentUser(
        UUID id,
        String username,
        String displayName,
        OrganisationRef organisation,
        boolean organisationAdmin,
        Locale locale) {}
