package app.avenant.audit.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/**
 * Insert and read, nothing else: a plain {@link Repository} rather than a {@code JpaRepository}, so the
 * application has no update or delete method for entries to call.
 */
interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    /** The chain after {@code seq}, in order: one page of a verification. */
    List<AuditEntry> findBySeqGreaterThanOrderBySeqAsc(long seq, Limit limit);

    /** The entry with the highest number, through the primary key: what the next append links to. */
    Optional<AuditEntry> findFirstByOrderBySeqDesc();

    long countByContractId(UUID contractId);
}
