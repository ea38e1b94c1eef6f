package app.avenant.change.draft;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProposalDraftRepository extends JpaRepository<ProposalDraft, UUID> {

    Optional<ProposalDraft> findByUserIdAndChangeRequestId(UUID userId, UUID changeRequestId);

    @Modifying
    @Query("delete from ProposalDraft d where d.userId = :userId and d.changeRequestId = :changeRequestId")
    int deleteMine(@Param("userId") UUID userId, @Param("changeRequestId") UUID changeRequestId);

    @Modifying
    @Query("delete from ProposalDraft d where d.changeRequestId = :changeRequestId")
    int deleteOfRequest(@Param("changeRequestId") UUID changeRequestId);

    @Modifying
    @Query("delete from ProposalDraft d where d.updatedAt < :before")
    int deleteOlderThan(@Param("before") Instant before);
}
