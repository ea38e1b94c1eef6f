package app.avenant.identity;

import java.util.UUID;

/**
 * A program calling the API with an organisation's token: it acts for that organisation only (the
 * contracts the organisation is a party to), never as a person.
 *
 * @param tokenName the name the admin gave the token, kept in the trail of what it records
 */
public record ApiCaller(UUID tokenId, UUID organisationId, String tokenName) {}
