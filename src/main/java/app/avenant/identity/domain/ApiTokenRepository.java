package app.avenant.identity.domain;

import app.avenant.shared.OffsetLimit;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    Optional<ApiToken> findByIdAndOrganisationId(UUID id, UUID organisationId);

    long countByOrganisationId(UUID organisationId);

    /** Newest first, then by id so pages are stable; offset/limit as Vaadin's lazy grids ask. */
    default List<ApiToken> pageOfOrganisation(UUID organisationId, int offset, int limit) {
        return pageOfOrganisation(organisationId, new OffsetLimit(offset, limit));
    }

    @Query("select t from ApiToken t where t.organisationId = :organisationId order by t.createdAt desc, t.id")
    List<ApiToken> pageOfOrganisation(UUID organisationId, Pageable page);

    /**
     * Notes a use, at most once per {@code notBefore} window: a bulk update without the version, so
     * concurrent calls with one token never fail on an optimistic lock. Returns the rows changed (0 or 1).
     */
    @Modifying(flushAutomatically = true)
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id"
            + " and (t.lastUsedAt is null or t.lastUsedAt < :notBefore)")
    int touch(UUID id, Instant now, Instant notBefore);
}
