package app.avenant.identity.domain;

import app.avenant.identity.OrganisationKind;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

    Optional<Organisation> findByName(String name);

    boolean existsByName(String name);

    List<Organisation> findByKindOrderByName(OrganisationKind kind);

    /** @param pattern a lower-case LIKE pattern, {@code \\} escaping */
    @org.springframework.data.jpa.repository.Query(
            "select o.id from Organisation o where lower(o.name) like :pattern escape '\\' order by o.name")
    List<UUID> idsNamedLike(
            @org.springframework.data.repository.query.Param("pattern") String pattern,
            org.springframework.data.domain.Pageable page);
}
