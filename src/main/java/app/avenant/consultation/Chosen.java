package app.avenant.consultation;

import java.util.UUID;

/** What choosing an offer opened: the contract and its change request n°1 holding the offer's terms. */
public record Chosen(UUID contractId, UUID changeRequestId) {}
