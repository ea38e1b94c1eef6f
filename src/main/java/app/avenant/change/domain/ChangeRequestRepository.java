package app.avenant.change.domain;

import app.avenant.change.ChangeRequestStatus;
import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface ChangeRequestRepository extends JpaRepository<ChangeRequest, UUID> {

    /**
     * Locks the request's row: approvals of one request run one at a time. A locking read also reads the
     * latest committed state (not the transaction's snapshot), so the approval that follows sees what a
     * concurrent acceptance just committed. Its revisions come in the same statement: approving reads the
     * latest one.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    // wait a few seconds at most (MariaDB would wait 50 s): the caller is a person, told "busy, try again"
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "3000"))
    @Query("select cr from ChangeRequest cr left join fetch cr.revisions where cr.id = :id")
    Optional<ChangeRequest> findForUpdate(UUID id);

    /** The request with its revisions and approvals, in one statement: every page and action of a request reads them. */
    @Query(
            "select cr from ChangeRequest cr left join fetch cr.revisions left join fetch cr.approvals where cr.id = :id")
    Optional<ChangeRequest> findWithRevisions(UUID id);

    /** The contract a request belongs to: it never changes. */
    @Query("select cr.contractId from ChangeRequest cr where cr.id = :id")
    Optional<UUID> findContractIdById(UUID id);

    @Query("select coalesce(max(cr.number), 0) from ChangeRequest cr where cr.contractId = :contractId")
    int lastNumber(UUID contractId);

    @Query("""
            select count(cr) from ChangeRequest cr
            where cr.contractId = :contractId and (:status is null or cr.status = :status)
            """)
    long count(UUID contractId, @Nullable ChangeRequestStatus status);

    @Query("select count(cr) from ChangeRequest cr where cr.contractId = :contractId and cr.status in :statuses")
    long countIn(UUID contractId, Collection<ChangeRequestStatus> statuses);
}
