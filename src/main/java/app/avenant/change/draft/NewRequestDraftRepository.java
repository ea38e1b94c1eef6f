package app.avenant.change.draft;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NewRequestDraftRepository extends JpaRepository<NewRequestDraft, UUID> {

    Optional<NewRequestDraft> findByUserIdAndContractId(UUID userId, UUID contractId);

    @Modifying
    @Query("delete from NewRequestDraft d where d.userId = :userId and d.contractId = :contractId")
    int deleteMine(@Param("userId") UUID userId, @Param("contractId") UUID contractId);

    @Modifying
    @Query("delete from NewRequestDraft d where d.updatedAt < :before")
    int deleteOlderThan(@Param("before") Instant before);
}
