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
}
