package app.avenant.document;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A file was added to a contract, removed from it, or downloaded: the audit trail records each. */
public sealed interface ContractFileEvent {

    UUID contractId();

    /** Null for a document of a scope item: the terms name it by its content, it has no row of its own. */
    @Nullable
    UUID fileId();

    String fileName();

    String sha256();

    UUID actorId();

    record Added(UUID contractId, UUID fileId, String fileName, String sha256, UUID actorId)
            implements ContractFileEvent {}

    record Removed(UUID contractId, UUID fileId, String fileName, String sha256, UUID actorId)
            implements ContractFileEvent {}

    record Downloaded(UUID contractId, @Nullable UUID fileId, String fileName, String sha256, UUID actorId)
            implements ContractFileEvent {}
}
