package app.avenant.contract.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContractRepository extends JpaRepository<Contract, UUID> {

    boolean existsByReference(String reference);

    @Query("select c.id from Contract c where c.reference = :reference"
            + " and (c.clientOrganisationId = :organisationId or c.providerOrganisationId = :organisationId)")
    Optional<UUID> findIdOfParty(UUID organisationId, String reference);
}
