package app.avenant.audit.domain;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;

/** The head row: read, or locked for an append. No delete. */
interface AuditHeadRepository extends Repository<AuditHead, Integer> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "3000"))
    @Query("select h from AuditHead h where h.id = :id")
    Optional<AuditHead> lock(int id);

    Optional<AuditHead> findById(int id);
}
