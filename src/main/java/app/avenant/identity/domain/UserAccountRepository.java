package app.avenant.identity.domain;

import app.avenant.shared.OffsetLimit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    long countByOrganisationId(UUID organisationId);

    List<UserAccount> findByOrganisationIdAndOrganisationAdminTrueAndEnabledTrue(UUID organisationId);

    /** The account and its organisation in one query: asked on nearly every service call. */
    @Query("select new app.avenant.identity.domain.AccountWithOrganisation(u, o)"
            + " from UserAccount u join Organisation o on o.id = u.organisationId where u.username = :username")
    Optional<AccountWithOrganisation> findWithOrganisation(String username);

    /** Sorted by name then username so pages are stable; offset/limit as Vaadin's lazy grids ask. */
    default List<UserAccount> pageOfOrganisation(UUID organisationId, int offset, int limit) {
        return pageOfOrganisation(organisationId, new OffsetLimit(offset, limit));
    }

    @Query("select u from UserAccount u where u.organisationId = :organisationId order by u.displayName, u.username")
    List<UserAccount> pageOfOrganisation(UUID organisationId, org.springframework.data.domain.Pageable page);
}
