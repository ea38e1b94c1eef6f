package app.avenant.identity;

import java.util.UUID;

/** What happened to an API token, published by {@link ApiTokens} in the transaction that did it. */
public sealed interface ApiTokenEvent {

    UUID tokenId();

    UUID organisationId();

    String tokenName();

    record Created(UUID tokenId, UUID organisationId, String tokenName, UUID createdBy) implements ApiTokenEvent {}

    record Revoked(UUID tokenId, UUID organisationId, String tokenName, UUID revokedBy) implements ApiTokenEvent {}

    /** A request was authenticated with the token. */
    record Used(UUID tokenId, UUID organisationId, String tokenName) implements ApiTokenEvent {}
}
