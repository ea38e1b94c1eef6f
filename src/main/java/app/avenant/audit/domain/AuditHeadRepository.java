package app.avenant.audit.domain;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The head row: read, or locked for an append. No delete. */
interface AuditHeadRepository extends Repository<AuditHead, Integer> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "3000"))
    @Query("select h from AuditHead h where h.id = :id")
    Optional<AuditHead> lock(int id);

    Optional<AuditHead> findById(int id);

    /**
     * Moves the head on only if it still shows {@code from}: one statement that takes the row's lock and checks
     * that nobody appended since. 1 when it moved, 0 when another writer did first.
     */
    @Modifying
    @Query("update AuditHead h set h.lastSeq = :toSeq, h.lastHash = :toHash"
            + " where h.id = :id and h.lastSeq = :fromSeq and h.lastHash = :fromHash")
    int moveFrom(
            @Param("id") int id,
            @Param("fromSeq") long fromSeq,
            @Param("fromHash") String fromHash,
            @Param("toSeq") long toSeq,
            @Param("toHash") String toHash);
}
