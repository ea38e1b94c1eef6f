package app.avenant.change.domain;

import app.avenant.change.ChangeRequestStatus;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ChangeRequestRepository extends JpaRepository<ChangeRequest, UUID> {

    /**
     * Locks the request's row: approvals of one request run one at a time. A locking read also reads the
     * latest committed state (not the transaction's snapshot), so the approval that follows sees what a
     * concurrent acceptance just committed.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select cr from ChangeRequest cr where cr.id = :id")
    Optional<ChangeRequest> findForUpdate(UUID id);

    @Query("select coalesce(max(cr.number), 0) from ChangeRequest cr where cr.contractId = :contractId")
    int lastNumber(UUID contractId);

    @Query("""
            select count(cr) from ChangeRequest cr
            where cr.contractId = :contractId and (:status is null or cr.status = :status)
            """)
    long count(UUID contractId, @Nullable ChangeRequestStatus status);
}
