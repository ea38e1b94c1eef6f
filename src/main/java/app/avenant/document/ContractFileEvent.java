package app.avenant.document;

import java.util.UUID;

/** A file was added to a contract, removed from it, or downloaded: the audit trail records each. */
public sealed interface ContractFileEvent {

    UUID contractId();

    UUID fileId();

    String fileName();

    String sha256();

    UUID actorId();

    record Added(UUID contractId, UUID fileId, String fileName, String sha256, UUID actorId)
            implements ContractFileEvent {}

    record Removed(UUID contractId, UUID fileId, String fileName, String sha256, UUID actorId)
            implements ContractFileEvent {}

    record Downloaded(UUID contractId, UUID fileId, String fileName, String sha256, UUID actorId)
            implements ContractFileEvent {}
}
