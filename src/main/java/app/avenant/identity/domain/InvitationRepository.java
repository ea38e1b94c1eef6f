package app.avenant.identity.domain;

import app.avenant.shared.OffsetLimit;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InvitationRepository extends JpaRepository<Invitation, UUID> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    Optional<Invitation> findByIdAndOrganisationId(UUID id, UUID organisationId);

    /** Whether some organisation's open invitation already promises {@code username} to someone. */
    @Query("select count(i) > 0 from Invitation i where i.username = :username"
            + " and i.acceptedAt is null and i.revokedAt is null and i.expiresAt > :now")
    boolean existsOpenForUsername(String username, Instant now);

    @Query("select count(i) from Invitation i where i.organisationId = :organisationId"
            + " and i.acceptedAt is null and i.revokedAt is null")
    long countPendingOfOrganisation(UUID organisationId);

    /** Neither accepted nor revoked (expired ones included), newest first, then by id so pages are stable. */
    default List<Invitation> pageOfPending(UUID organisationId, int offset, int limit) {
        return pageOfPending(organisationId, new OffsetLimit(offset, limit));
    }

    @Query("select i from Invitation i where i.organisationId = :organisationId"
            + " and i.acceptedAt is null and i.revokedAt is null order by i.createdAt desc, i.id")
    List<Invitation> pageOfPending(UUID organisationId, Pageable page);
}
